package jp.mynaportal.selfinfo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a question: per 分野詳細 (in catalogue order) and agency the records valid on the
 * 確認対象日, the 分野詳細 that were asked but hold nothing on that day, and when it was retrieved.
 */
public record SelfInfoAnswer(
        LocalDate asOf, Instant retrievedAt, List<ItemAnswer> answers, List<ItemInfo> withoutRecords) {

    public SelfInfoAnswer {
        answers = List.copyOf(answers);
        withoutRecords = List.copyOf(withoutRecords);
    }
}

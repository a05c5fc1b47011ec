package jp.mynaportal.selfinfo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mynaportal.selfinfo.AttributeInfo;
import jp.mynaportal.selfinfo.ItemInfo;
import jp.mynaportal.selfinfo.RecordProblem;
import jp.mynaportal.selfinfo.RecordSubmission;
import jp.mynaportal.selfinfo.model.AttributeType;
import org.junit.jupiter.api.Test;

class SubmissionCheckTest {

    private static final ItemInfo TAX = new ItemInfo(
            "tax_income",
            "tax",
            "税・所得",
            "Tax and income",
            "income",
            Set.of("MUNICIPALITY"),
            List.of(
                    new AttributeInfo("taxYear", AttributeType.INTEGER, "年度", "課税年度", "Tax year", true),
                    new AttributeInfo("income", AttributeType.AMOUNT, "円", "所得金額", "Income", true),
                    new AttributeInfo("bmi", AttributeType.DECIMAL, null, "BMI", "BMI", false),
                    new AttributeInfo("decidedOn", AttributeType.DATE, null, "決定日", "Decided on", false),
                    new AttributeInfo("note", AttributeType.TEXT, null, "備考", "Note", false)));

    private static SubmissionCheck check(Map<String, Object> values, String from, String to) {
        return new SubmissionCheck(0, new RecordSubmission("tax-2024", "CODE", "tax_income", from, to, values))
                .checkFrame()
                .checkValues(TAX);
    }

    private static Map<String, Object> values(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static List<String> codes(SubmissionCheck check) {
        return check.problems().stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    @Test
    void aRecordThatFitsItsSchemaGivesTypedValues() {
        SubmissionCheck check = check(
                values(
                        "taxYear",
                        new BigDecimal("2024"),
                        "income",
                        new BigDecimal("4500000"),
                        "bmi",
                        new BigDecimal("21.45"),
                        "decidedOn",
                        "2024-06-01",
                        "note",
                        " 修正申告 "),
                "2024-06-01",
                "2025-06-01");

        assertThat(check.problems()).isEmpty();
        assertThat(check.values())
                .extracting(v -> v.getValue())
                .containsExactly(2024L, 4_500_000L, new BigDecimal("21.45"), LocalDate.of(2024, 6, 1), "修正申告");
        assertThat(check.validTo()).isEqualTo(LocalDate.of(2025, 6, 1));
    }

    @Test
    void everyProblemOfARecordIsReportedWithItsField() {
        SubmissionCheck check = check(
                values("income", "四百万", "bmi", new BigDecimal("1.2345"), "decidedOn", "2024/06/01", "colour", "red"),
                "2024-06-01",
                "2024-05-01");

        assertThat(codes(check))
                .containsExactlyInAnyOrder(
                        "validTo:INVALID",
                        "values.colour:UNKNOWN_ATTRIBUTE",
                        "values.taxYear:MISSING",
                        "values.income:INVALID",
                        "values.bmi:INVALID",
                        "values.decidedOn:INVALID");
        assertThat(check.problems()).extracting(RecordProblem::recordId).containsOnly("tax-2024");
    }

    @Test
    void anAmountMustBeWholeYen() {
        assertThat(codes(
                        check(values("taxYear", BigDecimal.ONE, "income", new BigDecimal("10.5")), "2024-01-01", null)))
                .containsExactly("values.income:INVALID");
    }

    @Test
    void aMissingStartOfThePeriodIsRefused() {
        assertThat(codes(check(values("taxYear", BigDecimal.ONE, "income", BigDecimal.TEN), null, null)))
                .containsExactly("validFrom:MISSING");
    }

    @Test
    void aRecordIdIsShortAndPlain() {
        SubmissionCheck check = new SubmissionCheck(
                        3, new RecordSubmission("税 2024", "CODE", "tax_income", "2024-01-01", null, Map.of()))
                .checkFrame();

        assertThat(codes(check)).containsExactly("recordId:INVALID");
        assertThat(check.problems().get(0).index()).isEqualTo(3);
    }
}

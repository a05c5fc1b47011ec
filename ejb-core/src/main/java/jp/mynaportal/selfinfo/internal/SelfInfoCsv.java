package jp.mynaportal.selfinfo.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import jp.mynaportal.selfinfo.ItemAnswer;
import jp.mynaportal.selfinfo.RecordView;
import jp.mynaportal.selfinfo.SelfInfoAnswer;
import jp.mynaportal.selfinfo.ValueText;
import jp.mynaportal.selfinfo.ValueView;

/**
 * 「CSVで保存」: one row per value of each shown record (UTF-8 with a byte-order mark, so that
 * spreadsheet programs read the Japanese), after two rows with the 確認対象日 and the time of
 * retrieval. Cells that begin like a formula are quoted with a leading apostrophe.
 */
final class SelfInfoCsv {

    private final SelfInfoTexts texts;

    SelfInfoCsv(Locale locale) {
        this.texts = new SelfInfoTexts(locale);
    }

    byte[] render(SelfInfoAnswer answer) {
        Locale locale = texts.locale();
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, List.of(texts.text("asOf", ValueText.date(answer.asOf(), locale))));
        row(csv, List.of(texts.text("retrievedAt", texts.time(answer.retrievedAt()))));
        csv.append(texts.text("csv.header")).append("\r\n");
        for (ItemAnswer item : answer.answers()) {
            for (RecordView record : item.records()) {
                for (ValueView value : record.values()) {
                    row(
                            csv,
                            List.of(
                                    item.item().fieldCode(),
                                    item.item().name(locale),
                                    item.agency().name(locale),
                                    record.validFrom().toString(),
                                    record.validTo() == null
                                            ? ""
                                            : record.validTo().minusDays(1).toString(),
                                    String.valueOf(record.version()),
                                    texts.time(record.recordedAt()),
                                    value.attribute().label(locale),
                                    ValueText.of(value, locale)));
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }
}

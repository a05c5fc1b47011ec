package jp.mynaportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void quotesCellsWithCommasQuotesAndLineBreaks() {
        StringBuilder csv = new StringBuilder();
        CsvRows.row(csv, List.of("131016-20261128-00000050", "a,b", "say \"hi\"", "two\nlines"));
        assertThat(csv).hasToString("131016-20261128-00000050,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
    }

    @Test
    void defusesCellsThatASpreadsheetWouldRunAsAFormula() {
        assertThat(CsvRows.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvRows.cell("+81")).isEqualTo("'+81");
        assertThat(CsvRows.cell("山田 花子")).isEqualTo("山田 花子");
    }
}

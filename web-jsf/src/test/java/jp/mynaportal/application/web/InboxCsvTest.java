package jp.mynaportal.application.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InboxCsvTest {

    @Test
    void quotesCellsWithCommasQuotesAndLineBreaks() {
        StringBuilder csv = new StringBuilder();
        InboxCsv.row(csv, List.of("131016-20261128-00000050", "a,b", "say \"hi\"", "two\nlines"));
        assertThat(csv).hasToString("131016-20261128-00000050,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
    }

    @Test
    void defusesCellsThatASpreadsheetWouldRunAsAFormula() {
        assertThat(InboxCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(InboxCsv.cell("+81")).isEqualTo("'+81");
        assertThat(InboxCsv.cell("山田 花子")).isEqualTo("山田 花子");
    }
}

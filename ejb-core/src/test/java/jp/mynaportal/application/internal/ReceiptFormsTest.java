package jp.mynaportal.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mynaportal.application.ApplicationForm;
import jp.mynaportal.application.FieldSpec;
import jp.mynaportal.application.ProcedureRef;
import jp.mynaportal.application.model.ApplicationStatus;
import jp.mynaportal.application.model.FormFieldType;
import jp.mynaportal.application.receipt.ReceiptLine;
import jp.mynaportal.application.receipt.ReceiptSignature;
import org.junit.jupiter.api.Test;

class ReceiptFormsTest {

    private static final FieldSpec REASONS = new FieldSpec(
                    "need_reason", "保育を必要とする理由", FormFieldType.CHOICE, true, List.of("就労", "疾病・障害"), true, false, null)
            .withEnglishLabel("Reasons childcare is needed")
            .withEnglishOptions(Map.of("就労", "Work", "疾病・障害", "Illness or disability"));

    private static ApplicationForm submitted() {
        Instant at = Instant.parse("2026-12-03T01:00:00Z");
        return new ApplicationForm(
                1L,
                new ProcedureRef("pittari", "1"),
                "保育所等の利用申込",
                "131105",
                "東京都目黒区",
                false,
                ApplicationStatus.RECEIVED,
                List.of(REASONS),
                Map.of("need_reason", "就労\n疾病・障害"),
                List.of(),
                "R-1",
                null,
                at,
                at,
                at,
                "Application to use a nursery");
    }

    private static List<ReceiptLine> lines(Locale locale) {
        return ReceiptForms.content(submitted(), "目黒 花子", ReceiptSignature.notRequired(), locale)
                .lines();
    }

    @Test
    void anEnglishReceiptNamesThePickedOptionsByTheirEnglishLabels() {
        assertThat(lines(Locale.ENGLISH))
                .containsExactly(new ReceiptLine("Reasons childcare is needed", "Work, Illness or disability"));
    }

    @Test
    void aJapaneseReceiptShowsTheStoredOptions() {
        assertThat(lines(Locale.JAPANESE)).containsExactly(new ReceiptLine("保育を必要とする理由", "就労、疾病・障害"));
    }
}

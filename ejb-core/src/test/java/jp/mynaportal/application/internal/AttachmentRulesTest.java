package jp.mynaportal.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentRulesTest {

    @Test
    void recognisesPdfJpegAndPngByTheirFirstBytes() {
        assertThat(AttachmentRules.contentType("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .hasValue("application/pdf");
        assertThat(AttachmentRules.contentType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
                .hasValue("image/jpeg");
        assertThat(AttachmentRules.contentType(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}))
                .hasValue("image/png");
    }

    @Test
    void refusesOtherContentWhateverItsName() {
        assertThat(AttachmentRules.contentType("<html><script>".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(AttachmentRules.contentType(new byte[0])).isEmpty();
    }

    @Test
    void keepsOnlyTheFileNameWithoutFoldersOrControlCharacters() {
        assertThat(AttachmentRules.cleanName("C:\\Users\\hanako\\保険証.pdf")).isEqualTo("保険証.pdf");
        assertThat(AttachmentRules.cleanName("../../etc/pass\u0000wd\"")).isEqualTo("passwd");
        assertThat(AttachmentRules.cleanName("  ")).isEqualTo("file");
    }
}

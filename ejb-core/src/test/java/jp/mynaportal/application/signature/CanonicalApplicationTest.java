package jp.mynaportal.application.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalApplicationTest {

    private static final ApplicationAttachment PHOTO =
            ApplicationAttachment.of("photo", "写真.jpg", "image/jpeg", new byte[] {1, 2, 3});
    private static final ApplicationAttachment PROOF =
            ApplicationAttachment.of("proof", "proof.pdf", "application/pdf", new byte[] {4, 5});

    private static CanonicalApplication application(
            Map<String, String> values, List<ApplicationAttachment> attachments) {
        return new CanonicalApplication("pittari", "42", "131016", "R-0001", values, attachments);
    }

    private static Map<String, String> values(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void sameApplicationInAnyOrderGivesTheSameBytes() {
        byte[] first = application(values("name", "試験 太郎", "child", "花子"), List.of(PHOTO, PROOF))
                .toBytes();
        byte[] second = application(values("child", "花子", "name", "試験 太郎"), List.of(PROOF, PHOTO))
                .toBytes();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void bytesAreCompactJsonWithSortedKeysAndEscapedStrings() {
        String text = new String(
                application(values("b", "say \"hi\"\n", "a", "x\\y"), List.of()).toBytes(), StandardCharsets.UTF_8);

        assertThat(text)
                .isEqualTo(
                        "{\"attachments\":[],\"format\":\"mynaportal-application-1\",\"lgCode\":\"131016\","
                                + "\"procedureId\":42,\"residentId\":\"R-0001\",\"values\":{\"a\":\"x\\\\y\",\"b\":\"say \\\"hi\\\"\\n\"}}");
    }

    @Test
    void procedureOfAnotherFunctionNamesTheFunctionAndKeyInTheSecondLayout() {
        String text = new String(
                new CanonicalApplication("insurance", "registration", "131016", "R-0001", values("a", "1"), List.of())
                        .toBytes(),
                StandardCharsets.UTF_8);

        assertThat(text)
                .isEqualTo("{\"attachments\":[],\"format\":\"mynaportal-application-2\",\"function\":\"insurance\","
                        + "\"lgCode\":\"131016\",\"procedureKey\":\"registration\",\"residentId\":\"R-0001\","
                        + "\"values\":{\"a\":\"1\"}}");
    }

    @Test
    void sameKeyOfAnotherFunctionGivesDifferentBytes() {
        byte[] pittari = application(values("a", "1"), List.of()).toBytes();
        byte[] other =
                new CanonicalApplication("insurance", "42", "131016", "R-0001", values("a", "1"), List.of()).toBytes();

        assertThat(other).isNotEqualTo(pittari);
    }

    @Test
    void changedValueGivesDifferentBytes() {
        byte[] before = application(values("name", "試験 太郎"), List.of(PHOTO)).toBytes();
        byte[] after = application(values("name", "試験 次郎"), List.of(PHOTO)).toBytes();

        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void changedAttachmentContentGivesDifferentBytes() {
        ApplicationAttachment tampered =
                ApplicationAttachment.of("photo", "写真.jpg", "image/jpeg", new byte[] {1, 2, 4});

        assertThat(application(values(), List.of(tampered)).toBytes())
                .isNotEqualTo(application(values(), List.of(PHOTO)).toBytes());
    }
}

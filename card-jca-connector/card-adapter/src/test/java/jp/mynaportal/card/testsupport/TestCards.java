package jp.mynaportal.card.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import jp.mynaportal.card.api.BasicFacts;
import jp.mynaportal.card.api.Sex;
import jp.mynaportal.card.devpki.CardPins;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.devpki.Resident;
import jp.mynaportal.card.virtual.CardFile;

/**
 * One development PKI and one freshly issued card per test JVM (RSA key generation is slow);
 * each test takes its own copy of the card file, so no test sees another's retry counters.
 */
public final class TestCards {

    public static final String AUTH_PIN = "1234";
    public static final String SIGN_PASSWORD = "ABC123XYZ";
    public static final String FACTS_PIN = "5678";
    public static final String MY_NUMBER = "123456789018";
    public static final BasicFacts FACTS =
            new BasicFacts("山田 花子", "東京都千代田区霞が関二丁目1番2号", LocalDate.of(1985, 4, 12), Sex.FEMALE);

    private static TestCards shared;

    private final DevelopmentPki pki;
    private final CardFile template;

    private TestCards(DevelopmentPki pki, CardFile template) {
        this.pki = pki;
        this.template = template;
    }

    public static synchronized TestCards shared() {
        if (shared == null) {
            try {
                Path root = Files.createTempDirectory("mynaportal-test-pki");
                DevelopmentPki pki = DevelopmentPki.openOrCreate(root.resolve("pki"));
                CardFile card = pki.issue(new Resident("template", MY_NUMBER, FACTS), pins(), root.resolve("cards"));
                shared = new TestCards(pki, card);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    public static CardPins pins() {
        return new CardPins(AUTH_PIN.toCharArray(), SIGN_PASSWORD.toCharArray(), FACTS_PIN.toCharArray());
    }

    public DevelopmentPki pki() {
        return pki;
    }

    /** A private copy of the issued card, as {@code <cardId>.card} in a folder. */
    public CardFile copyInto(Path folder, String cardId) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(cardId + CardFile.EXTENSION);
            Files.copy(template.path(), target);
            return new CardFile(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

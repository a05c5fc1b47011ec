package jp.mynaportal.card.devpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import jp.mynaportal.card.api.BasicFacts;
import jp.mynaportal.card.api.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyFilesTest {

    @TempDir
    Path folder;

    private static List<Path> everything(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.toList();
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void theKeysCardFilesAndPinHashesOfANewPkiAreReadableByTheOwnerOnly() throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path pkiFolder = folder.resolve("data/pki");
        Path cardFolder = folder.resolve("data/cards");
        DevelopmentPki pki = DevelopmentPki.openOrCreate(pkiFolder);
        pki.issue(
                new Resident(
                        "owner-only",
                        "123456789018",
                        new BasicFacts("山田 花子", "東京都千代田区霞が関二丁目1番2号", LocalDate.of(1985, 4, 12), Sex.FEMALE)),
                new CardPins("1234".toCharArray(), "HANAKO2025".toCharArray(), "1234".toCharArray()),
                cardFolder);

        List<Path> written = Stream.concat(everything(pkiFolder).stream(), everything(cardFolder).stream())
                .toList();
        assertThat(written).anyMatch(p -> p.toString().endsWith(".card"));
        for (Path path : written) {
            assertThat(permissions(path))
                    .as(path.toString())
                    .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
        }
        assertThat(permissions(folder.resolve("data"))).isEqualTo("rwx------");
    }
}

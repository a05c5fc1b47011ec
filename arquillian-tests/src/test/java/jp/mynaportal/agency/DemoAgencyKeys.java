package jp.mynaportal.agency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo agencies' keys and link codes as the shared test deployments' demo seed wrote them
 * into the tests' data folder ({@code data/agency/<code>/}).
 */
public final class DemoAgencyKeys {

    public static final Path FOLDER = Path.of("data", "agency");

    private DemoAgencyKeys() {}

    public static AgencyRequestSigner signer(String agencyCode) {
        return AgencyRequestSigner.fromFolder(agencyCode, FOLDER.resolve(agencyCode));
    }

    /** The agency's link code of a demo resident (by card id, e.g. {@code hanako}). */
    public static String linkCode(String agencyCode, String cardId) {
        try {
            List<String> lines = Files.readAllLines(FOLDER.resolve(agencyCode).resolve("link-codes.csv"));
            return lines.stream()
                    .skip(1)
                    .map(line -> line.split(","))
                    .filter(fields -> fields[0].equals(cardId))
                    .map(fields -> fields[2])
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no link code of " + cardId + " at " + agencyCode));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

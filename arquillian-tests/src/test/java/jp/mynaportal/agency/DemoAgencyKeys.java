package jp.mynaportal.agency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo agencies' keys and link codes as a demo portal's seed wrote them into its data folder
 * ({@code agency/<code>/}): by default the shared test deployments' ({@code data} here), or another
 * portal's data folder (the browser tests' portal, {@code BrowserPortal.DATA}).
 */
public final class DemoAgencyKeys {

    public static final Path FOLDER = Path.of("data", "agency");

    private DemoAgencyKeys() {}

    public static AgencyRequestSigner signer(String agencyCode) {
        return signer(FOLDER, agencyCode);
    }

    /** The signer of an agency whose keys are in {@code agencies} ({@code <data folder>/agency}). */
    public static AgencyRequestSigner signer(Path agencies, String agencyCode) {
        return AgencyRequestSigner.fromFolder(agencyCode, agencies.resolve(agencyCode));
    }

    /** The agency's link code of a demo resident (by card id, e.g. {@code hanako}). */
    public static String linkCode(String agencyCode, String cardId) {
        return linkCode(FOLDER, agencyCode, cardId);
    }

    /** The link code of a demo resident at an agency whose files are in {@code agencies}. */
    public static String linkCode(Path agencies, String agencyCode, String cardId) {
        try {
            List<String> lines = Files.readAllLines(agencies.resolve(agencyCode).resolve("link-codes.csv"));
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

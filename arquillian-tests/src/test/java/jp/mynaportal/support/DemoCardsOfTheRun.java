package jp.mynaportal.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The development PKI and the demo residents' virtual cards that the first demo-profile {@link
 * StandaloneMicro} of the run issued, kept as it left them at "ready" and copied into the data
 * folder of every later demo server of the second lane (a Micro, the EAR's domain) before its
 * start. The demo seed then finds the cards and only maps them to the residents of its fresh
 * database, instead of generating the CA and card keys again (RSA 2048, slow under the client
 * compiler). Each server gets its own copy, as fresh as a newly issued set.
 */
public final class DemoCardsOfTheRun {

    /** The folders that the demo seed fills with keys ({@code mynaportal.card.pki}, {@code mynaportal.card.folder}). */
    private static final List<String> FOLDERS = List.of("pki", "cards");

    private static Path kept;

    private DemoCardsOfTheRun() {}

    /** Copies the kept PKI and cards into {@code dataFolder}; nothing before the first demo Micro is ready. */
    public static synchronized void copyInto(Path dataFolder) throws IOException {
        if (kept != null) {
            copy(kept, dataFolder);
        }
    }

    /** Keeps the PKI and cards of a demo Micro that just became ready, unless some are kept already. */
    static synchronized void keepFrom(Path dataFolder) throws IOException {
        if (kept == null && Files.isDirectory(dataFolder.resolve("cards"))) {
            // in the build's folder, which the next clean build removes
            Path copy = Files.createTempDirectory(
                    Files.createDirectories(Path.of(System.getProperty("project.build.directory", "target"))),
                    "demo-cards");
            copy(dataFolder, copy);
            kept = copy;
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        for (String folder : FOLDERS) {
            Path source = from.resolve(folder);
            if (!Files.isDirectory(source)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(source)) {
                for (Path path : paths.toList()) {
                    Path target = to.resolve(from.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
    }
}

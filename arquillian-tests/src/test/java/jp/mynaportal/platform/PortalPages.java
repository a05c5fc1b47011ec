package jp.mynaportal.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The portal's pages as the sources hold them, for the tests that visit or probe every page. */
final class PortalPages {

    private static final Path WEBAPP = Path.of("..", "web-jsf", "src", "main", "webapp");

    private PortalPages() {}

    /** Every page of the portal by its address (e.g. {@code /pittari/search.xhtml}), sorted. */
    static List<String> all() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> "/" + WEBAPP.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("/WEB-INF/") && !page.startsWith("/resources/"))
                    .sorted()
                    .toList();
        }
    }
}

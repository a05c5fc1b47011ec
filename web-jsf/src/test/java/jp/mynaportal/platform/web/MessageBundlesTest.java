package jp.mynaportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The portal's texts: the default, Japanese and English bundles name the same keys, each once, every key a view
 * asks for exists, and no key is left that nothing asks for (a key is asked for when its name, or a
 * prefix ending in a dot that the code completes, appears in the sources of the web, service or
 * persistence module).
 */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/jp/mynaportal/platform/web");
    private static final List<Path> SOURCES =
            List.of(Path.of("src/main"), Path.of("../ejb-core/src/main"), Path.of("../persistence/src/main"));
    private static final Pattern VIEW_KEY = Pattern.compile("msg\\['([^'#{}]+)'\\]");
    private static final Pattern PREFIX = Pattern.compile("[\"']([a-zA-Z][\\w.]*\\.)[\"']");

    private static Set<String> keys(String bundle) {
        Properties texts = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLES.resolve(bundle))) {
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(texts.stringPropertyNames());
    }

    private static String sources() {
        StringBuilder all = new StringBuilder();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().matches(".*\\.(xhtml|java|js|xml)$"))
                        .toList()) {
                    all.append(Files.readString(file)).append('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.toString();
    }

    @Test
    void noBundleNamesAKeyTwice() throws IOException {
        Pattern key = Pattern.compile("^([^#!\\s][^=:\\s]*)\\s*[=:]");
        for (String bundle : List.of("messages.properties", "messages_ja.properties", "messages_en.properties")) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(BUNDLES.resolve(bundle))) {
                Matcher m = key.matcher(line);
                if (m.find() && !seen.add(m.group(1))) {
                    twice.add(m.group(1));
                }
            }
            assertThat(twice)
                    .as(bundle + ": a later line silently replaces an earlier one")
                    .isEmpty();
        }
    }

    @Test
    void japaneseAndEnglishNameTheSameKeysAsTheDefault() {
        for (String family : List.of("messages", "FacesMessages")) {
            Set<String> main = keys(family + ".properties");
            assertThat(keys(family + "_ja.properties")).as(family + "_ja").isEqualTo(main);
            assertThat(keys(family + "_en.properties")).as(family + "_en").isEqualTo(main);
        }
    }

    @Test
    void everyKeyAViewAsksForExists() {
        Set<String> known = keys("messages.properties");
        Matcher asked = VIEW_KEY.matcher(sources());
        Set<String> missing = new TreeSet<>();
        while (asked.find()) {
            if (!known.contains(asked.group(1))) {
                missing.add(asked.group(1));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyIsAskedForSomewhere() {
        String sources = sources();
        Set<String> prefixes =
                PREFIX.matcher(sources).results().map(m -> m.group(1)).collect(Collectors.toSet());
        Set<String> unused = keys("messages.properties").stream()
                .filter(key -> !sources.contains(key))
                .filter(key -> prefixes.stream().noneMatch(key::startsWith))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).isEmpty();
    }
}

package jp.mynaportal.platform.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2TemplateBuildTest {

    @TempDir
    Path folder;

    @Test
    void aChangedMigrationChangesTheFingerprint() throws Exception {
        Path classes = Files.createDirectories(folder.resolve("classes/db/migration"));
        Path template = folder.resolve("out/db/h2-template/mynaportal.mv.db.gz");
        Files.writeString(classes.resolve("V1__a.sql"), "CREATE TABLE a (id INT);");
        String before = H2TemplateBuild.fingerprint(List.of(folder.resolve("classes")), template);

        Files.writeString(classes.resolve("V1__a.sql"), "CREATE TABLE a (id BIGINT);");

        assertThat(H2TemplateBuild.fingerprint(List.of(folder.resolve("classes")), template))
                .isNotEqualTo(before);
    }

    @Test
    void theTemplateItselfIsNotPartOfTheFingerprint() throws Exception {
        Path classes = Files.createDirectories(folder.resolve("classes"));
        Path template = classes.resolve("db/h2-template/mynaportal.mv.db.gz");
        Files.writeString(classes.resolve("V1__a.sql"), "CREATE TABLE a (id INT);");
        String before = H2TemplateBuild.fingerprint(List.of(classes), template);

        Files.createDirectories(template.getParent());
        Files.write(template, new byte[] {1, 2, 3});

        assertThat(H2TemplateBuild.fingerprint(List.of(classes), template)).isEqualTo(before);
    }

    @Test
    void aJarPackedAgainWithTheSameContentsKeepsTheFingerprint() throws Exception {
        Path template = folder.resolve("out/mynaportal.mv.db.gz");
        Path first = jar("first.jar", FileTime.fromMillis(0));
        Path second = jar("second.jar", FileTime.fromMillis(86_400_000L));

        assertThat(H2TemplateBuild.fingerprint(List.of(first), template))
                .isEqualTo(H2TemplateBuild.fingerprint(List.of(second), template));
    }

    private Path jar(String name, FileTime packed) throws IOException {
        Path jar = folder.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            ZipEntry entry = new ZipEntry("db/migration/V1__a.sql");
            entry.setLastModifiedTime(packed);
            zip.putNextEntry(entry);
            zip.write("CREATE TABLE a (id INT);".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return jar;
    }
}

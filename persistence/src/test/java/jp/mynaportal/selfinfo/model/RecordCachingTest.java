package jp.mynaportal.selfinfo.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Cacheable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The agencies' batch upload writes record versions, their values and superseded marks with plain
 * JDBC, beside EclipseLink: neither entity may be kept in the shared cache, or a read after an
 * upload could be answered from a stale copy.
 */
class RecordCachingTest {

    @Test
    void recordsAndValuesAreNotCachedAcrossTransactions() throws IOException {
        String unit;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
            unit = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(unit)
                .as("only @Cacheable entities are cached")
                .contains("<shared-cache-mode>ENABLE_SELECTIVE</shared-cache-mode>")
                .doesNotContain("eclipselink.cache.shared");
        for (Class<?> entity : new Class<?>[] {InfoRecord.class, RecordValue.class}) {
            Cacheable cacheable = entity.getAnnotation(Cacheable.class);
            assertThat(cacheable == null || !cacheable.value())
                    .as(entity.getSimpleName() + " is not @Cacheable")
                    .isTrue();
        }
    }
}

package jp.mynaportal.platform.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores an {@link Instant} in a {@code TIMESTAMP WITH TIME ZONE} column, the one converter for
 * every instant of every table. EclipseLink 4.0 does not map {@code Instant} itself; it binds an
 * {@code OffsetDateTime} as the {@code java.sql.Timestamp} of the same instant, and the H2 and
 * PostgreSQL drivers store that instant whatever the JVM's zone (a plain {@code TIMESTAMP} column
 * would keep the writing JVM's wall-clock time instead).
 */
@Converter
public class UtcInstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }
}

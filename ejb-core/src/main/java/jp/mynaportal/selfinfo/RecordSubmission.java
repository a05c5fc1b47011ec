package jp.mynaportal.selfinfo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record an agency sends, as it arrived: its own record id (the key of idempotency), the
 * resident's link code with the agency, the 分野詳細, the period ({@code yyyy-MM-dd}; {@code
 * validTo} exclusive and optional) and the values by attribute name (String, a number as
 * BigDecimal, Boolean, or null).
 */
public record RecordSubmission(
        String recordId, String linkCode, String item, String validFrom, String validTo, Map<String, Object> values) {

    public RecordSubmission {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}

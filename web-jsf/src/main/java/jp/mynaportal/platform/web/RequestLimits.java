package jp.mynaportal.platform.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * How much a request may carry, checked before the work it causes: the bytes of a body (a larger
 * limit for uploads: multipart forms and files posted as they are), the number of parameters, and
 * how often one parameter may repeat. Each limit is a configuration key ({@code
 * mynaportal.request.*}).
 *
 * @param maxBodyBytes the largest body of a form post or a JSON request
 * @param maxUploadBytes the largest body that carries a file
 * @param maxParameters the most parameters of one request (address and form together)
 * @param maxValuesPerName the most values of one parameter name
 */
public record RequestLimits(long maxBodyBytes, long maxUploadBytes, int maxParameters, int maxValuesPerName) {

    public static final String MAX_BODY_BYTES = "mynaportal.request.max-body-bytes";
    public static final String MAX_UPLOAD_BYTES = "mynaportal.request.max-upload-bytes";
    public static final String MAX_PARAMETERS = "mynaportal.request.max-parameters";
    public static final String MAX_VALUES_PER_NAME = "mynaportal.request.max-parameter-values";

    static final long DEFAULT_BODY_BYTES = 2L * 1024 * 1024;
    static final long DEFAULT_UPLOAD_BYTES = 8L * 1024 * 1024;
    static final int DEFAULT_PARAMETERS = 1000;
    static final int DEFAULT_VALUES_PER_NAME = 100;

    public RequestLimits {
        if (maxBodyBytes < 1 || maxUploadBytes < 1 || maxParameters < 1 || maxValuesPerName < 1) {
            throw new IllegalArgumentException("Request limits must be positive");
        }
    }

    /** The limits from configuration ({@code setting} answers null for a key that is not set). */
    public static RequestLimits from(Function<String, String> setting) {
        return new RequestLimits(
                number(setting, MAX_BODY_BYTES, DEFAULT_BODY_BYTES),
                number(setting, MAX_UPLOAD_BYTES, DEFAULT_UPLOAD_BYTES),
                (int) number(setting, MAX_PARAMETERS, DEFAULT_PARAMETERS),
                (int) number(setting, MAX_VALUES_PER_NAME, DEFAULT_VALUES_PER_NAME));
    }

    private static long number(Function<String, String> setting, String key, long fallback) {
        String value = setting.apply(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a whole number: " + value, e);
        }
    }

    /** Whether a body of this media type carries a file (multipart, PDF, images, raw bytes). */
    public static boolean isUpload(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT).strip();
        return type.startsWith("multipart/")
                || type.startsWith("image/")
                || type.startsWith("application/pdf")
                || type.startsWith("application/octet-stream");
    }

    /** The largest body a request of this media type may have. */
    public long maxBytesFor(String contentType) {
        return isUpload(contentType) ? maxUploadBytes : maxBodyBytes;
    }

    /**
     * Whether the parameters of a query string (or an {@code application/x-www-form-urlencoded}
     * body) stay within the limits, counted on the raw text without decoding it.
     */
    public boolean allowsQuery(String query) {
        if (query == null || query.isEmpty()) {
            return true;
        }
        Map<String, Integer> perName = new HashMap<>();
        int count = 0;
        int start = 0;
        while (start <= query.length()) {
            int end = query.indexOf('&', start);
            if (end < 0) {
                end = query.length();
            }
            if (end > start) {
                count++;
                if (count > maxParameters) {
                    return false;
                }
                int equals = query.indexOf('=', start);
                String name = query.substring(start, equals < 0 || equals > end ? end : equals);
                if (perName.merge(name, 1, Integer::sum) > maxValuesPerName) {
                    return false;
                }
            }
            start = end + 1;
        }
        return true;
    }

    /** Whether decoded parameters (name → values) stay within the limits. */
    public boolean allowsParameters(Map<String, String[]> parameters) {
        int count = 0;
        for (String[] values : parameters.values()) {
            if (values.length > maxValuesPerName) {
                return false;
            }
            count += values.length;
        }
        return count <= maxParameters;
    }
}

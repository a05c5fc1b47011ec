package jp.mynaportal.application.signature;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An online application in the form its signature covers. {@link #toBytes()} gives UTF-8 JSON with
 * members sorted by name (UTF-16 code units, as RFC 8785 sorts), no whitespace and minimal string
 * escaping; form values are sorted by key and attachments by field key, file name and digest, so
 * that the same application always gives the same bytes whatever order its parts were read in.
 *
 * <p>Layout {@value #FORMAT} is the one ぴったりサービス applications have been signed in since the
 * start, with the catalogue id as the number {@code procedureId}; it stays for them, so that their
 * signatures keep verifying. The procedures of every other function are signed in layout
 * {@value #FORMAT_2}, which names the function and its procedure key as strings.
 *
 * @param function the portal function that owns the procedure
 * @param procedureKey that function's key of the procedure applied for
 * @param lgCode the 6-character local government code of the municipality
 * @param residentId the applicant
 * @param values the form values by field key
 * @param attachments the attached files
 */
public record CanonicalApplication(
        String function,
        String procedureKey,
        String lgCode,
        String residentId,
        Map<String, String> values,
        List<ApplicationAttachment> attachments) {

    /** Names the layout of {@link #toBytes()}, so that a later layout can never be read as this one. */
    public static final String FORMAT = "mynaportal-application-1";

    /** The layout of applications for procedures of functions other than ぴったりサービス. */
    public static final String FORMAT_2 = "mynaportal-application-2";

    /** The function whose procedures keep layout {@value #FORMAT}. */
    static final String FIRST_LAYOUT_FUNCTION = "pittari";

    private static final Comparator<ApplicationAttachment> ATTACHMENT_ORDER = Comparator.comparing(
                    ApplicationAttachment::fieldKey)
            .thenComparing(ApplicationAttachment::fileName)
            .thenComparing(ApplicationAttachment::sha256)
            .thenComparing(ApplicationAttachment::contentType)
            .thenComparingLong(ApplicationAttachment::size);

    public CanonicalApplication {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(procedureKey, "procedureKey");
        if (function.equals(FIRST_LAYOUT_FUNCTION) && !procedureKey.matches("[0-9]{1,18}")) {
            throw new IllegalArgumentException("a ぴったりサービス procedure key is its catalogue id");
        }
        Objects.requireNonNull(lgCode, "lgCode");
        Objects.requireNonNull(residentId, "residentId");
        if (lgCode.length() != 6) {
            throw new IllegalArgumentException("lgCode must have 6 characters");
        }
        values.forEach((key, value) -> {
            Objects.requireNonNull(key, "form field key");
            Objects.requireNonNull(value, () -> "value of " + key);
        });
        values = Map.copyOf(values);
        attachments = attachments.stream().sorted(ATTACHMENT_ORDER).toList();
    }

    /** The bytes to sign: the same for the same application, different after any change. */
    public byte[] toBytes() {
        CanonicalJson json = new CanonicalJson().beginObject();
        json.name("attachments").beginArray();
        for (ApplicationAttachment attachment : attachments) {
            json.beginObject()
                    .name("contentType")
                    .value(attachment.contentType())
                    .name("fieldKey")
                    .value(attachment.fieldKey())
                    .name("fileName")
                    .value(attachment.fileName())
                    .name("sha256")
                    .value(attachment.sha256())
                    .name("size")
                    .value(attachment.size())
                    .endObject();
        }
        json.endArray();
        boolean firstLayout = function.equals(FIRST_LAYOUT_FUNCTION);
        json.name("format").value(firstLayout ? FORMAT : FORMAT_2);
        if (!firstLayout) {
            json.name("function").value(function);
        }
        json.name("lgCode").value(lgCode);
        if (firstLayout) {
            json.name("procedureId").value(Long.parseLong(procedureKey));
        } else {
            json.name("procedureKey").value(procedureKey);
        }
        json.name("residentId").value(residentId);
        json.name("values").beginObject();
        new TreeMap<>(values).forEach((key, value) -> json.name(key).value(value));
        json.endObject();
        return json.endObject().text().getBytes(StandardCharsets.UTF_8);
    }
}

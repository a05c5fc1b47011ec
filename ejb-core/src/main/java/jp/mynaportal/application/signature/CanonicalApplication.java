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
 * @param procedureId the id of the municipal procedure applied for
 * @param lgCode the 6-character local government code of the municipality
 * @param residentId the applicant
 * @param values the form values by field key
 * @param attachments the attached files
 */
public record CanonicalApplication(
        long procedureId,
        String lgCode,
        String residentId,
        Map<String, String> values,
        List<ApplicationAttachment> attachments) {

    /** Names the layout of {@link #toBytes()}, so that a later layout can never be read as this one. */
    public static final String FORMAT = "mynaportal-application-1";

    private static final Comparator<ApplicationAttachment> ATTACHMENT_ORDER = Comparator.comparing(
                    ApplicationAttachment::fieldKey)
            .thenComparing(ApplicationAttachment::fileName)
            .thenComparing(ApplicationAttachment::sha256)
            .thenComparing(ApplicationAttachment::contentType)
            .thenComparingLong(ApplicationAttachment::size);

    public CanonicalApplication {
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
        json.name("format").value(FORMAT);
        json.name("lgCode").value(lgCode);
        json.name("procedureId").value(procedureId);
        json.name("residentId").value(residentId);
        json.name("values").beginObject();
        new TreeMap<>(values).forEach((key, value) -> json.name(key).value(value));
        json.endObject();
        return json.endObject().text().getBytes(StandardCharsets.UTF_8);
    }
}

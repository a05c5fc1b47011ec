package jp.mynaportal.notice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A notice a municipality is writing: title, body, validity (whole days, Japan time), optional
 * link and PDF, and the audience: one resident, or every resident of the municipality who meets
 * the criteria that are filled in.
 */
public class NoticeDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{notice.send.lgCode.required}")
    @Pattern(regexp = "[0-9]{6}", message = "{notice.send.lgCode.required}")
    private String lgCode;

    @NotBlank(message = "{notice.send.title.required}")
    @Size(max = 100, message = "{notice.send.title.tooLong}")
    private String title;

    @NotBlank(message = "{notice.send.body.required}")
    @Size(max = 4000, message = "{notice.send.body.tooLong}")
    private String body;

    @NotNull(message = "{notice.send.validFrom.required}")
    private LocalDate validFrom;

    @NotNull(message = "{notice.send.validUntil.required}")
    private LocalDate validUntil;

    @Size(max = 500, message = "{notice.send.link.invalid}")
    @Pattern(regexp = "https?://[^\\s]+", message = "{notice.send.link.invalid}")
    private String linkUrl;

    private String attachmentName;
    private byte[] attachment;

    /** The one resident, or null for criteria. */
    private String residentId;

    @Min(value = 0, message = "{notice.send.age.invalid}")
    @Max(value = 150, message = "{notice.send.age.invalid}")
    private Integer minAge;

    @Min(value = 0, message = "{notice.send.age.invalid}")
    @Max(value = 150, message = "{notice.send.age.invalid}")
    private Integer maxAge;

    @Min(value = 1, message = "{notice.send.childUnder.invalid}")
    @Max(value = 30, message = "{notice.send.childUnder.invalid}")
    private Integer childUnder;

    private boolean childAllowance;

    public String getLgCode() {
        return lgCode;
    }

    public void setLgCode(String lgCode) {
        this.lgCode = lgCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public byte[] getAttachment() {
        return attachment == null ? null : attachment.clone();
    }

    /** A PDF to attach, or nulls to attach none. */
    public void attach(String fileName, byte[] content) {
        this.attachmentName = fileName;
        this.attachment = content == null ? null : content.clone();
    }

    public String getResidentId() {
        return residentId;
    }

    public void setResidentId(String residentId) {
        this.residentId = residentId;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public void setMinAge(Integer minAge) {
        this.minAge = minAge;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Integer maxAge) {
        this.maxAge = maxAge;
    }

    public Integer getChildUnder() {
        return childUnder;
    }

    public void setChildUnder(Integer childUnder) {
        this.childUnder = childUnder;
    }

    public boolean isChildAllowance() {
        return childAllowance;
    }

    public void setChildAllowance(boolean childAllowance) {
        this.childAllowance = childAllowance;
    }
}

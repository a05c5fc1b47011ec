package jp.mynaportal.selfinfo.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jp.mynaportal.platform.web.ClientAddress;
import jp.mynaportal.platform.web.Messages;
import jp.mynaportal.selfinfo.AttributeInfo;
import jp.mynaportal.selfinfo.ErrorReportDraft;
import jp.mynaportal.selfinfo.ErrorReportException;
import jp.mynaportal.selfinfo.ErrorReportService;
import jp.mynaportal.selfinfo.ReportTarget;
import jp.mynaportal.selfinfo.ValueText;

/**
 * 「内容に誤りがある場合」: the resident says which item of a shown record is wrong (or that the
 * record is not theirs), what is wrong, and may attach a file; the report goes to the agency's
 * queue. A refusal is said beside its field, and what was typed stays.
 */
@Named
@ViewScoped
public class SelfInfoReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ErrorReportService reports;

    private long record;
    private ReportTarget target;
    private String attribute;
    private String description;
    private transient Part attachment;

    /** Loads the record named by the {@code record} parameter; another person's record is not found. */
    public void load() {
        target = reports.target(record).orElse(null);
    }

    public String send() {
        byte[] content = null;
        String name = null;
        String type = null;
        if (attachment != null && attachment.getSize() > 0) {
            if (attachment.getSize() > ErrorReportDraft.MAX_ATTACHMENT_BYTES) {
                Messages.error("report:attachment", "selfinfo.report.error.attachment");
                return null;
            }
            try (InputStream in = attachment.getInputStream()) {
                content = in.readAllBytes();
            } catch (IOException e) {
                Messages.error("report:attachment", "selfinfo.report.error.attachment");
                return null;
            }
            name = attachment.getSubmittedFileName();
            type = attachment.getContentType();
        }
        try {
            reports.report(
                    new ErrorReportDraft(record, attribute, description, name, type, content), ClientAddress.current());
        } catch (ErrorReportException e) {
            Messages.error("report:" + e.field(), e.messageKey());
            return null;
        }
        return "/selfinfo/reports?faces-redirect=true&sent=true";
    }

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<AttributeInfo> getAttributes() {
        return target == null ? List.of() : target.item().attributes();
    }

    public String label(AttributeInfo attribute) {
        return attribute.label(locale());
    }

    public String getItemName() {
        return target == null ? "" : target.item().name(locale());
    }

    public String getAgencyName() {
        return target == null ? "" : target.agency().name(locale());
    }

    public String getPeriod() {
        return target == null ? "" : ValueText.date(target.validFrom(), locale());
    }

    public ReportTarget getTarget() {
        return target;
    }

    public long getRecord() {
        return record;
    }

    public void setRecord(long record) {
        this.record = record;
    }

    public String getAttribute() {
        return attribute;
    }

    public void setAttribute(String attribute) {
        this.attribute = attribute;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Part getAttachment() {
        return attachment;
    }

    public void setAttachment(Part attachment) {
        this.attachment = attachment;
    }
}

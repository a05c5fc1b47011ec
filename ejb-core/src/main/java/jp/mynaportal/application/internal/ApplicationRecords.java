package jp.mynaportal.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jp.mynaportal.application.ApplicationException;
import jp.mynaportal.application.ApplicationForm;
import jp.mynaportal.application.AttachmentFile;
import jp.mynaportal.application.ProcedureDefinition;
import jp.mynaportal.application.ProcedureRef;
import jp.mynaportal.application.model.Application;
import jp.mynaportal.application.model.Attachment;
import jp.mynaportal.application.model.AttachmentInfo;
import jp.mynaportal.application.repository.ApplicationRepository;
import jp.mynaportal.application.signature.Sha256;
import jp.mynaportal.municipality.model.Municipality;
import jp.mynaportal.municipality.repository.MunicipalityRepository;
import jp.mynaportal.notice.NoticeAbout;

/**
 * Reads a stored application the way the resident's and the staff's services both show it: its
 * procedure and municipality, the form with values and attachments, and the bytes its signature
 * covers. Runs in the caller's transaction; callers have checked who may see it.
 */
@ApplicationScoped
public class ApplicationRecords {

    /** The function name notices give the application core. */
    static final String NOTICE_FUNCTION = "application";

    @Inject
    private ApplicationRepository applications;

    @Inject
    private ProcedureCatalogs procedures;

    @Inject
    private MunicipalityRepository municipalities;

    @Inject
    private CardSignatures signatures;

    /** The procedure an application is for, as its function defines it now. */
    public ProcedureDefinition procedure(Application application) {
        ProcedureRef ref = reference(application);
        return procedures.find(ref).orElseThrow(() -> new IllegalStateException("Procedure " + ref + " is gone"));
    }

    /** What the notices of an application's status changes are about. */
    public static NoticeAbout noticeAbout(Application application) {
        return new NoticeAbout(NOTICE_FUNCTION, Long.toString(application.getId()));
    }

    public static ProcedureRef reference(Application application) {
        return new ProcedureRef(application.getProcedureFunction(), application.getProcedureKey());
    }

    /** The municipality's name with its prefecture, or its code when unknown. */
    public String municipalityName(String lgCode) {
        return municipalities
                .findByLgCode(lgCode)
                .map(Municipality::getFullName)
                .orElse(lgCode);
    }

    public ApplicationForm form(Application application) {
        ProcedureDefinition procedure = procedure(application);
        return new ApplicationForm(
                application.getId(),
                procedure.ref(),
                procedure.title(),
                application.getLgCode(),
                municipalityName(application.getLgCode()),
                procedure.signatureRequired(),
                application.getStatus(),
                ApplicationForms.fields(procedure),
                FormData.read(application.getFormData()),
                applications.attachments(application.getId()),
                application.getReceiptNumber(),
                application.getStaffComment(),
                application.getUpdatedAt(),
                application.getExpiresAt(),
                application.getSubmittedAt(),
                procedure.englishTitle());
    }

    /** The file of one FILE field of an application the caller may see, or NOT_FOUND. */
    public AttachmentFile attachmentFile(Application application, String fieldKey) {
        Attachment attachment = applications
                .findAttachment(application.getId(), fieldKey)
                .orElseThrow(() -> new ApplicationException(ApplicationException.Reason.NOT_FOUND));
        AttachmentInfo info = attachment.info();
        return new AttachmentFile(info.fileName(), info.contentType(), attachment.getContent());
    }

    /** The bytes the signature covers: the application's data and its attachments' recorded digests. */
    public byte[] canonical(Application application) {
        return canonical(application, applications.attachments(application.getId()));
    }

    /**
     * The same with each attachment's digest computed again from its stored bytes, so that a file
     * changed in the database after signing shows as a content mismatch.
     */
    public byte[] canonicalOfStoredBytes(Application application) {
        List<AttachmentInfo> recomputed = applications.attachments(application.getId()).stream()
                .map(info -> applications
                        .findAttachment(application.getId(), info.fieldKey())
                        .map(a -> new AttachmentInfo(
                                info.id(),
                                info.fieldKey(),
                                info.fileName(),
                                info.contentType(),
                                a.getContent().length,
                                Sha256.hex(a.getContent())))
                        .orElse(info))
                .toList();
        return canonical(application, recomputed);
    }

    private byte[] canonical(Application application, List<AttachmentInfo> attachments) {
        return signatures.canonical(
                reference(application),
                application.getLgCode(),
                application.getResidentId(),
                FormData.read(application.getFormData()),
                attachments);
    }
}

package jp.mynaportal.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jp.mynaportal.application.ApplicationException;
import jp.mynaportal.application.ApplicationForm;
import jp.mynaportal.application.AttachmentFile;
import jp.mynaportal.application.model.Application;
import jp.mynaportal.application.model.Attachment;
import jp.mynaportal.application.model.AttachmentInfo;
import jp.mynaportal.application.repository.ApplicationRepository;
import jp.mynaportal.application.signature.Sha256;
import jp.mynaportal.municipality.model.Municipality;
import jp.mynaportal.municipality.repository.MunicipalityRepository;
import jp.mynaportal.pittari.model.MunicipalProcedure;
import jp.mynaportal.pittari.repository.ProcedureRepository;

/**
 * Reads a stored application the way the resident's and the staff's services both show it: its
 * procedure and municipality, the form with values and attachments, and the bytes its signature
 * covers. Runs in the caller's transaction; callers have checked who may see it.
 */
@ApplicationScoped
public class ApplicationRecords {

    @Inject
    private ApplicationRepository applications;

    @Inject
    private ProcedureRepository procedures;

    @Inject
    private MunicipalityRepository municipalities;

    @Inject
    private ApplicationSupport support;

    @Inject
    private CardSignatures signatures;

    public MunicipalProcedure procedure(Application application) {
        return procedures
                .findById(application.getProcedureId())
                .orElseThrow(() -> new IllegalStateException("Procedure " + application.getProcedureId() + " is gone"));
    }

    /** The municipality's name with its prefecture, or its code when unknown. */
    public String municipalityName(String lgCode) {
        return municipalities
                .findByLgCode(lgCode)
                .map(Municipality::getFullName)
                .orElse(lgCode);
    }

    public ApplicationForm form(Application application) {
        MunicipalProcedure procedure = procedure(application);
        return new ApplicationForm(
                application.getId(),
                procedure.getId(),
                procedure.getName(),
                application.getLgCode(),
                municipalityName(application.getLgCode()),
                procedure.isSignatureRequired(),
                application.getStatus(),
                support.forms().fields(procedure),
                FormData.read(application.getFormData()),
                applications.attachments(application.getId()),
                application.getReceiptNumber(),
                application.getStaffComment(),
                application.getUpdatedAt(),
                application.getExpiresAt(),
                application.getSubmittedAt());
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
                application.getProcedureId(),
                application.getLgCode(),
                application.getResidentId(),
                FormData.read(application.getFormData()),
                attachments);
    }
}

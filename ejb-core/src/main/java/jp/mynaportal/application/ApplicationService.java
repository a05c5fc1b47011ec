package jp.mynaportal.application;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Online applications of the logged-in resident, for a procedure of any function that takes them: drafts saved as the resident
 * types (kept for a configurable number of days, on any device), attachments, submission with
 * the card's electronic signature where the procedure needs it, the 受付番号 and the PDF receipt.
 * The caller (a registered resident, from the container) acts on their own applications; every
 * method asks the access policy about the application it touches, and an application the policy
 * does not let the caller reach behaves as an id that does not exist.
 */
public interface ApplicationService {

    /**
     * 申請する → 次へすすむ: a draft for each chosen procedure, reusing the resident's open draft of
     * the same procedure, with the applicant's details filled in from the resident record. Starts
     * of one resident run one after the other, so two tabs starting the same procedure share a draft.
     *
     * @return the drafts' ids in the order of the procedures
     * @throws ApplicationException NOTHING_SELECTED, NOT_ONLINE
     */
    List<Long> start(List<ProcedureRef> procedures);

    /** The application with its form and saved values. */
    ApplicationForm open(long applicationId);

    /**
     * Saves the values typed so far, whatever their state (the draft keeps even wrong values, so
     * nothing is lost); returns the problems the form has now, for display beside the fields.
     */
    List<FieldProblem> save(long applicationId, Map<String, String> values);

    /**
     * Attaches a file to a FILE field, replacing an earlier one.
     *
     * @throws ApplicationException FILE_TOO_LARGE, FILE_TYPE, FILE_EMPTY, NOT_A_FILE_FIELD, NOT_EDITABLE
     */
    void attach(long applicationId, String fieldKey, String fileName, byte[] content);

    /** Removes the file of a FILE field. */
    void removeAttachment(long applicationId, String fieldKey);

    /** The file of a FILE field for its owner, or NOT_FOUND. */
    AttachmentFile attachment(long applicationId, String fieldKey);

    /** 申請再開: the resident's unexpired drafts and the applications returned for correction. */
    List<ApplicationSummary> resumable();

    /** The resident's submitted applications, latest change first. */
    List<ApplicationSummary> submitted();

    /**
     * Submits an application that needs no signature. Submitting the same application again
     * returns the first submission ({@link Submission#repeated()}).
     *
     * @throws ApplicationException INVALID, SIGNATURE_REQUIRED, NOT_FOUND
     */
    Submission submit(long applicationId, String terminal);

    /**
     * Signs the application with the sign key of the card in a reader (CMS, CAdES-BES, over the
     * canonical form data and the attachments' digests) and submits it, in one transaction. The
     * password array is wiped.
     *
     * @throws ApplicationException INVALID, NO_CARD, READERS_BUSY, CARD_NOT_YOURS, SIGN_PIN_FORMAT,
     *     SIGN_PIN_WRONG, SIGN_PIN_BLOCKED, SIGN_CERTIFICATE_INVALID
     */
    Submission signAndSubmit(long applicationId, String readerName, char[] signingPassword, String terminal);

    /**
     * The bytes a client that holds the card itself (a smartphone with the card on it) signs: the
     * canonical application data with its attachments' digests.
     *
     * @throws ApplicationException INVALID while the form has problems, NOT_FOUND, NOT_EDITABLE
     */
    byte[] dataToSign(long applicationId);

    /**
     * Submits with a CMS signature the client made over {@link #dataToSign}: it must verify over the
     * application as stored now, lead to a trusted signing CA, not be revoked, be made in the last
     * ten minutes, and name the applicant (name and birth date of the resident record).
     *
     * @throws ApplicationException INVALID, SIGNATURE_INVALID, SIGNER_NOT_APPLICANT, NOT_FOUND
     */
    Submission submitSigned(long applicationId, byte[] cms, String terminal);

    /** The PDF receipt (控え) of a submitted application. */
    byte[] receipt(long applicationId, Locale locale);
}

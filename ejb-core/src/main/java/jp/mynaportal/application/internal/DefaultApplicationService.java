package jp.mynaportal.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.account.model.Resident;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.application.ApplicationException;
import jp.mynaportal.application.ApplicationException.Reason;
import jp.mynaportal.application.ApplicationForm;
import jp.mynaportal.application.ApplicationService;
import jp.mynaportal.application.ApplicationSubmitted;
import jp.mynaportal.application.ApplicationSummary;
import jp.mynaportal.application.AttachmentFile;
import jp.mynaportal.application.FieldProblem;
import jp.mynaportal.application.FieldSpec;
import jp.mynaportal.application.ProcedureDefinition;
import jp.mynaportal.application.ProcedureRef;
import jp.mynaportal.application.Submission;
import jp.mynaportal.application.model.Application;
import jp.mynaportal.application.model.ApplicationEvent;
import jp.mynaportal.application.model.ApplicationStatus;
import jp.mynaportal.application.model.Attachment;
import jp.mynaportal.application.model.AttachmentInfo;
import jp.mynaportal.application.receipt.ReceiptSignature;
import jp.mynaportal.application.repository.ApplicationRepository;
import jp.mynaportal.application.signature.Sha256;
import jp.mynaportal.notice.NoticeSender;
import jp.mynaportal.notice.model.NoticeKind;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;

/**
 * Online applications over the application tables. Submission runs in one transaction with the
 * draft's row locked: a second submission of the same draft waits, then finds it submitted and
 * answers with the first 受付番号; a crash before the commit leaves the untouched draft. The
 * subject is the caller's own data; the access policy decides on every application touched.
 */
@Stateless
@RolesAllowed(Roles.RESIDENT)
public class DefaultApplicationService implements ApplicationService {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter RECEIPT_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Inject
    private ApplicationRepository applications;

    @Inject
    private ProcedureCatalogs procedures;

    @Inject
    private AccountRepository accounts;

    @Inject
    private NoticeSender notices;

    @Inject
    private UsageRecorder usage;

    @Inject
    private ApplicationSupport support;

    @Inject
    private CardSignatures signatures;

    @Inject
    private ApplicationRecords records;

    @Inject
    private CurrentCaller caller;

    @Inject
    private Event<ApplicationSubmitted> submittedEvents;

    @Inject
    private AccessPolicy policy;

    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void init() {
        support.settings();
    }

    @Override
    public List<Long> start(List<ProcedureRef> procedureRefs) {
        Subject subject = subject(Operation.WRITE);
        if (procedureRefs == null || procedureRefs.isEmpty()) {
            throw new ApplicationException(Reason.NOTHING_SELECTED);
        }
        // one start at a time per resident: two tabs starting the same procedure get one draft
        Resident resident = accounts.lockResident(subject.residentId())
                .orElseThrow(() -> new ApplicationException(Reason.NOT_FOUND));
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>();
        for (ProcedureRef ref : procedureRefs.stream().distinct().toList()) {
            ProcedureDefinition procedure = onlineProcedure(ref);
            Application draft = applications
                    .findOpenDraft(subject.residentId(), ref.function(), ref.key(), now)
                    .orElseGet(() -> {
                        List<FieldSpec> fields = ApplicationForms.fields(procedure);
                        Application created = Application.draft(
                                subject.residentId(),
                                ref.function(),
                                ref.key(),
                                procedure.lgCode(),
                                FormData.write(ApplicationForms.prefilled(fields, resident)),
                                now,
                                expiry(now));
                        applications.add(created);
                        return created;
                    });
            ids.add(draft.getId());
        }
        return ids;
    }

    @Override
    public ApplicationForm open(long applicationId) {
        return records.form(owned(applicationId));
    }

    @Override
    public List<FieldProblem> save(long applicationId, Map<String, String> values) {
        Application application = editable(applicationId);
        ProcedureDefinition procedure = records.procedure(application);
        List<FieldSpec> fields = ApplicationForms.fields(procedure);
        Map<String, String> accepted = ApplicationForms.accepted(fields, values, resident());
        Instant now = clock.instant();
        Map<String, String> stored = ApplicationForms.storable(accepted, FormData.read(application.getFormData()));
        application.saveForm(FormData.write(stored), now, expiry(now));
        return problems(application, fields, accepted);
    }

    @Override
    public List<FieldProblem> saveDraft(long applicationId, Map<String, String> values, String terminal) {
        List<FieldProblem> found = save(applicationId, values);
        usage.onSubject(
                subject(Operation.WRITE),
                PortalService.APPLICATIONS,
                Operation.WRITE,
                UsageAction.APPLICATION_DRAFT_SAVED,
                "SUCCESS",
                terminal,
                null);
        return found;
    }

    @Override
    public void attach(long applicationId, String fieldKey, String fileName, byte[] content) {
        Application application = editable(applicationId);
        FieldSpec field = ApplicationForms.fields(records.procedure(application)).stream()
                .filter(f -> f.key().equals(fieldKey) && f.file())
                .findFirst()
                .orElseThrow(() -> new ApplicationException(Reason.NOT_A_FILE_FIELD));
        if (content == null || content.length == 0) {
            throw new ApplicationException(Reason.FILE_EMPTY);
        }
        if (content.length > support.settings().maxAttachmentBytes()) {
            throw new ApplicationException(Reason.FILE_TOO_LARGE);
        }
        String type =
                AttachmentRules.contentType(content).orElseThrow(() -> new ApplicationException(Reason.FILE_TYPE));
        String name = AttachmentRules.cleanName(fileName);
        String digest = Sha256.hex(content);
        Instant now = clock.instant();
        applications
                .findAttachment(application.getId(), field.key())
                .ifPresentOrElse(
                        a -> a.replace(name, type, content, digest, now),
                        () -> applications.addAttachment(
                                new Attachment(application.getId(), field.key(), name, type, content, digest, now)));
        application.touch(now, expiry(now));
    }

    @Override
    public void removeAttachment(long applicationId, String fieldKey) {
        Application application = editable(applicationId);
        applications.findAttachment(application.getId(), fieldKey).ifPresent(applications::removeAttachment);
        Instant now = clock.instant();
        application.touch(now, expiry(now));
    }

    @Override
    public AttachmentFile attachment(long applicationId, String fieldKey) {
        return records.attachmentFile(owned(applicationId), fieldKey);
    }

    @Override
    public List<ApplicationSummary> resumable() {
        Subject subject = subject(Operation.READ);
        Instant now = clock.instant();
        return applications
                .findByResident(subject.residentId(), EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED))
                .stream()
                .filter(a -> a.getStatus() != ApplicationStatus.DRAFT
                        || a.getExpiresAt().isAfter(now))
                .map(this::summary)
                .toList();
    }

    @Override
    public List<ApplicationSummary> submitted() {
        Subject subject = subject(Operation.READ);
        return applications
                .findByResident(subject.residentId(), EnumSet.complementOf(EnumSet.of(ApplicationStatus.DRAFT)))
                .stream()
                .map(this::summary)
                .toList();
    }

    @Override
    public Submission submit(long applicationId, String terminal) {
        Application application = owned(applicationId);
        if (!application.getStatus().editableByResident()) {
            return repeated(application);
        }
        ProcedureDefinition procedure = onlineProcedure(ApplicationRecords.reference(application));
        if (procedure.signatureRequired()) {
            throw new ApplicationException(Reason.SIGNATURE_REQUIRED);
        }
        requireComplete(application, procedure);
        return submitLocked(applicationId, null, null, terminal);
    }

    @Override
    public Submission signAndSubmit(long applicationId, String readerName, char[] signingPassword, String terminal) {
        Subject subject = subject(Operation.WRITE);
        try {
            Application application = owned(applicationId);
            if (!application.getStatus().editableByResident()) {
                return repeated(application);
            }
            ProcedureDefinition procedure = onlineProcedure(ApplicationRecords.reference(application));
            requireComplete(application, procedure);
            byte[] content = records.canonical(application);
            CardSignatures.Signed signed;
            try {
                signed = signatures.sign(
                        subject.residentId(), readerName, terminal, signingPassword, content, procedure.signatureKey());
            } catch (ApplicationException e) {
                recordOwn(subject, UsageAction.APPLICATION_SIGNATURE, e.reason().name(), terminal);
                throw e;
            }
            recordOwn(subject, UsageAction.APPLICATION_SIGNATURE, "SUCCESS", terminal);
            return submitLocked(applicationId, signed.cms(), signed.signingTime(), terminal);
        } finally {
            if (signingPassword != null) {
                Arrays.fill(signingPassword, '\0');
            }
        }
    }

    @Override
    public byte[] dataToSign(long applicationId) {
        Application application = editable(applicationId);
        requireComplete(application, onlineProcedure(ApplicationRecords.reference(application)));
        return records.canonical(application);
    }

    @Override
    public Submission submitSigned(long applicationId, byte[] cms, String terminal) {
        Subject subject = subject(Operation.WRITE);
        Application application = owned(applicationId);
        if (!application.getStatus().editableByResident()) {
            return repeated(application);
        }
        ProcedureDefinition procedure = onlineProcedure(ApplicationRecords.reference(application));
        requireComplete(application, procedure);
        Instant signingTime = signatures.acceptClientSignature(
                cms, records.canonical(application), resident(), clock.instant(), procedure.signatureKey());
        recordOwn(subject, UsageAction.APPLICATION_SIGNATURE, "SUCCESS", terminal);
        return submitLocked(applicationId, cms, signingTime, terminal);
    }

    /**
     * Locks the row and submits, unless another request submitted it meanwhile; a signature is
     * accepted only over the data the row holds now.
     */
    private Submission submitLocked(long applicationId, byte[] cms, Instant signingTime, String terminal) {
        Subject subject = subject(Operation.WRITE);
        Application application = applications
                .lockById(applicationId)
                .filter(this::reachable)
                .orElseThrow(() -> new ApplicationException(Reason.NOT_FOUND));
        if (!application.getStatus().editableByResident()) {
            return repeated(application);
        }
        if (cms != null && !signatures.covers(cms, records.canonical(application))) {
            throw new ApplicationException(Reason.NOT_EDITABLE);
        }
        Instant now = clock.instant();
        ApplicationStatus before = application.getStatus();
        application.submit(receiptNumber(application, now), cms, signingTime, now);
        applications.addEvent(new ApplicationEvent(
                application.getId(), now, caller.actor().residentId(), before, ApplicationStatus.RECEIVED, null));
        ProcedureDefinition procedure = records.procedure(application);
        notices.send(
                subject,
                PortalService.APPLICATIONS,
                NoticeKind.APPLICATION_RECEIVED,
                List.of(procedure.title(), application.getReceiptNumber()),
                ApplicationRecords.noticeAbout(application));
        recordOwn(subject, UsageAction.APPLICATION_SUBMITTED, application.getReceiptNumber(), terminal);
        submittedEvents.fire(new ApplicationSubmitted(
                application.getId(), procedure.ref(), subject.residentId(), application.getReceiptNumber(), now));
        return new Submission(application.getId(), application.getReceiptNumber(), now, false);
    }

    @Override
    public byte[] receipt(long applicationId, Locale locale) {
        Application application = owned(applicationId);
        if (application.getStatus() == ApplicationStatus.DRAFT) {
            throw new ApplicationException(Reason.NOT_FOUND);
        }
        ApplicationForm form = records.form(application);
        String signer = signatures.signerName(
                application.getSignature(),
                records.canonical(application),
                records.procedure(application).signatureKey());
        ReceiptSignature signature = signer == null || application.getSignedAt() == null
                ? ReceiptSignature.notRequired()
                : ReceiptSignature.signed(signer, application.getSignedAt());
        return support.receipts().render(ReceiptForms.content(form, resident().getFullName(), signature, locale));
    }

    private Submission repeated(Application application) {
        return new Submission(application.getId(), application.getReceiptNumber(), application.getSubmittedAt(), true);
    }

    private void requireComplete(Application application, ProcedureDefinition procedure) {
        List<FieldSpec> fields = ApplicationForms.fields(procedure);
        List<FieldProblem> problems = problems(application, fields, FormData.read(application.getFormData()));
        if (!problems.isEmpty()) {
            throw ApplicationException.invalid(problems);
        }
    }

    private List<FieldProblem> problems(Application application, List<FieldSpec> fields, Map<String, String> values) {
        Set<String> attached = applications.attachments(application.getId()).stream()
                .map(AttachmentInfo::fieldKey)
                .collect(Collectors.toSet());
        return FormValidator.check(fields, values, attached, LocalDate.now(clock.withZone(JAPAN)));
    }

    private ApplicationSummary summary(Application application) {
        return new ApplicationSummary(
                application.getId(),
                records.procedure(application).title(),
                records.municipalityName(application.getLgCode()),
                application.getStatus(),
                application.getUpdatedAt(),
                application.getExpiresAt(),
                application.getReceiptNumber(),
                application.getStaffComment(),
                application.getProcedureFunction());
    }

    /** The caller's own data, as the access policy allows the operation on it. */
    /** An entry about the subject's applications, with the caller as actor. */
    private void recordOwn(Subject subject, UsageAction action, String result, String terminal) {
        usage.onSubject(subject, PortalService.APPLICATIONS, Operation.WRITE, action, result, terminal, null);
    }

    private Subject subject(Operation operation) {
        Subject subject = caller.actor().self(null);
        policy.require(caller.actor(), subject, PortalService.APPLICATIONS, operation);
        return subject;
    }

    private boolean reachable(Application application) {
        return policy.permits(
                caller.actor(),
                new Subject(application.getResidentId(), application.getLgCode()),
                PortalService.APPLICATIONS,
                Operation.WRITE);
    }

    /** An application the policy lets the caller reach; any other behaves as one that does not exist. */
    private Application owned(long applicationId) {
        return applications
                .findById(applicationId)
                .filter(this::reachable)
                .filter(a -> a.getStatus() != ApplicationStatus.DRAFT
                        || a.getExpiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> new ApplicationException(Reason.NOT_FOUND));
    }

    /**
     * An application the caller may change, its row locked until the transaction ends: a save from
     * the page's autosave and one from a button (or a second tab) run one after the other, each on
     * the row as the other left it, instead of one of them failing on a stale version.
     */
    private Application editable(long applicationId) {
        Application application = applications
                .lockById(applicationId)
                .filter(this::reachable)
                .filter(a -> a.getStatus() != ApplicationStatus.DRAFT
                        || a.getExpiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> new ApplicationException(Reason.NOT_FOUND));
        if (!application.getStatus().editableByResident()) {
            throw new ApplicationException(Reason.NOT_EDITABLE);
        }
        return application;
    }

    private ProcedureDefinition onlineProcedure(ProcedureRef ref) {
        return procedures
                .find(ref)
                .filter(ProcedureDefinition::acceptingApplications)
                .orElseThrow(() -> new ApplicationException(Reason.NOT_ONLINE));
    }

    private Resident resident() {
        return accounts.findResident(subject(Operation.READ).residentId())
                .orElseThrow(() -> new ApplicationException(Reason.NOT_FOUND));
    }

    private Instant expiry(Instant now) {
        return now.plus(support.settings().draftLifetime());
    }

    /** 受付番号: the municipality, the day of submission in Japan and the application's number. */
    static String receiptNumber(Application application, Instant now) {
        return application.getLgCode() + "-" + RECEIPT_DATE.format(now.atZone(JAPAN)) + "-"
                + String.format(Locale.ROOT, "%08d", application.getId());
    }
}

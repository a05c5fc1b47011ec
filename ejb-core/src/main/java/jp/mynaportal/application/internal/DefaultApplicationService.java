package jp.mynaportal.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
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
import jp.mynaportal.account.model.Resident;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.application.ApplicationException;
import jp.mynaportal.application.ApplicationException.Reason;
import jp.mynaportal.application.ApplicationForm;
import jp.mynaportal.application.ApplicationService;
import jp.mynaportal.application.ApplicationSummary;
import jp.mynaportal.application.AttachmentFile;
import jp.mynaportal.application.FieldProblem;
import jp.mynaportal.application.FieldSpec;
import jp.mynaportal.application.Submission;
import jp.mynaportal.application.model.Application;
import jp.mynaportal.application.model.ApplicationEvent;
import jp.mynaportal.application.model.ApplicationStatus;
import jp.mynaportal.application.model.Attachment;
import jp.mynaportal.application.model.AttachmentInfo;
import jp.mynaportal.application.receipt.ReceiptSignature;
import jp.mynaportal.application.repository.ApplicationRepository;
import jp.mynaportal.application.signature.Sha256;
import jp.mynaportal.auth.SignedInUser;
import jp.mynaportal.notice.NoticeService;
import jp.mynaportal.notice.model.NoticeKind;
import jp.mynaportal.pittari.model.MunicipalProcedure;
import jp.mynaportal.pittari.repository.ProcedureRepository;
import jp.mynaportal.usage.UsageLogService;
import jp.mynaportal.usage.model.UsageAction;

/**
 * Online applications over the application tables. Submission runs in one transaction with the
 * draft's row locked: a second submission of the same draft waits, then finds it submitted and
 * answers with the first 受付番号; a crash before the commit leaves the untouched draft.
 */
@Stateless
public class DefaultApplicationService implements ApplicationService {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter RECEIPT_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Inject
    private ApplicationRepository applications;

    @Inject
    private ProcedureRepository procedures;

    @Inject
    private AccountRepository accounts;

    @Inject
    private NoticeService notices;

    @Inject
    private UsageLogService usage;

    @Inject
    private ApplicationSupport support;

    @Inject
    private CardSignatures signatures;

    @Inject
    private ApplicationRecords records;

    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void init() {
        support.settings();
    }

    @Override
    public List<Long> start(SignedInUser user, List<Long> procedureIds) {
        if (procedureIds == null || procedureIds.isEmpty()) {
            throw new ApplicationException(Reason.NOTHING_SELECTED);
        }
        // one start at a time per resident: two tabs starting the same procedure get one draft
        Resident resident =
                accounts.lockResident(user.residentId()).orElseThrow(() -> new ApplicationException(Reason.NOT_FOUND));
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>();
        for (long procedureId : procedureIds.stream().distinct().toList()) {
            MunicipalProcedure procedure = onlineProcedure(procedureId);
            Application draft = applications
                    .findOpenDraft(user.residentId(), procedureId, now)
                    .orElseGet(() -> {
                        List<FieldSpec> fields = support.forms().fields(procedure);
                        Application created = Application.draft(
                                user.residentId(),
                                procedureId,
                                procedure.getLgCode(),
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
    public ApplicationForm open(SignedInUser user, long applicationId) {
        return records.form(owned(user, applicationId));
    }

    @Override
    public List<FieldProblem> save(SignedInUser user, long applicationId, Map<String, String> values) {
        Application application = editable(user, applicationId);
        MunicipalProcedure procedure = records.procedure(application);
        List<FieldSpec> fields = support.forms().fields(procedure);
        Map<String, String> accepted = ApplicationForms.accepted(fields, values, resident(user));
        Instant now = clock.instant();
        application.saveForm(FormData.write(accepted), now, expiry(now));
        return problems(application, fields, accepted);
    }

    @Override
    public void attach(SignedInUser user, long applicationId, String fieldKey, String fileName, byte[] content) {
        Application application = editable(user, applicationId);
        FieldSpec field = support.forms().fields(records.procedure(application)).stream()
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
    public void removeAttachment(SignedInUser user, long applicationId, String fieldKey) {
        Application application = editable(user, applicationId);
        applications.findAttachment(application.getId(), fieldKey).ifPresent(applications::removeAttachment);
        Instant now = clock.instant();
        application.touch(now, expiry(now));
    }

    @Override
    public AttachmentFile attachment(SignedInUser user, long applicationId, String fieldKey) {
        return records.attachmentFile(owned(user, applicationId), fieldKey);
    }

    @Override
    public List<ApplicationSummary> resumable(SignedInUser user) {
        Instant now = clock.instant();
        return applications
                .findByResident(user.residentId(), EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED))
                .stream()
                .filter(a -> a.getStatus() != ApplicationStatus.DRAFT
                        || a.getExpiresAt().isAfter(now))
                .map(this::summary)
                .toList();
    }

    @Override
    public List<ApplicationSummary> submitted(SignedInUser user) {
        return applications
                .findByResident(user.residentId(), EnumSet.complementOf(EnumSet.of(ApplicationStatus.DRAFT)))
                .stream()
                .map(this::summary)
                .toList();
    }

    @Override
    public Submission submit(SignedInUser user, long applicationId, String terminal) {
        Application application = owned(user, applicationId);
        if (!application.getStatus().editableByResident()) {
            return repeated(application);
        }
        MunicipalProcedure procedure = onlineProcedure(application.getProcedureId());
        if (procedure.isSignatureRequired()) {
            throw new ApplicationException(Reason.SIGNATURE_REQUIRED);
        }
        requireComplete(application, procedure);
        return submitLocked(user, applicationId, null, null, terminal);
    }

    @Override
    public Submission signAndSubmit(
            SignedInUser user, long applicationId, String readerName, char[] signingPassword, String terminal) {
        try {
            Application application = owned(user, applicationId);
            if (!application.getStatus().editableByResident()) {
                return repeated(application);
            }
            MunicipalProcedure procedure = onlineProcedure(application.getProcedureId());
            requireComplete(application, procedure);
            byte[] content = records.canonical(application);
            CardSignatures.Signed signed;
            try {
                signed = signatures.sign(user.residentId(), readerName, terminal, signingPassword, content);
            } catch (ApplicationException e) {
                usage.record(
                        user.residentId(),
                        UsageAction.APPLICATION_SIGNATURE,
                        e.reason().name(),
                        terminal);
                throw e;
            }
            usage.record(user.residentId(), UsageAction.APPLICATION_SIGNATURE, "SUCCESS", terminal);
            return submitLocked(user, applicationId, signed.cms(), signed.signingTime(), terminal);
        } finally {
            if (signingPassword != null) {
                Arrays.fill(signingPassword, '\0');
            }
        }
    }

    @Override
    public byte[] dataToSign(SignedInUser user, long applicationId) {
        Application application = editable(user, applicationId);
        requireComplete(application, onlineProcedure(application.getProcedureId()));
        return records.canonical(application);
    }

    @Override
    public Submission submitSigned(SignedInUser user, long applicationId, byte[] cms, String terminal) {
        Application application = owned(user, applicationId);
        if (!application.getStatus().editableByResident()) {
            return repeated(application);
        }
        requireComplete(application, onlineProcedure(application.getProcedureId()));
        Instant signingTime =
                signatures.acceptClientSignature(cms, records.canonical(application), resident(user), clock.instant());
        usage.record(user.residentId(), UsageAction.APPLICATION_SIGNATURE, "SUCCESS", terminal);
        return submitLocked(user, applicationId, cms, signingTime, terminal);
    }

    /**
     * Locks the row and submits, unless another request submitted it meanwhile; a signature is
     * accepted only over the data the row holds now.
     */
    private Submission submitLocked(
            SignedInUser user, long applicationId, byte[] cms, Instant signingTime, String terminal) {
        Application application = applications
                .lockById(applicationId)
                .filter(a -> a.getResidentId().equals(user.residentId()))
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
                application.getId(), now, user.residentId(), before, ApplicationStatus.RECEIVED, null));
        MunicipalProcedure procedure = records.procedure(application);
        notices.notify(
                user.residentId(),
                NoticeKind.APPLICATION_RECEIVED,
                List.of(procedure.getName(), application.getReceiptNumber()),
                application.getId());
        usage.record(user.residentId(), UsageAction.APPLICATION_SUBMITTED, application.getReceiptNumber(), terminal);
        return new Submission(application.getId(), application.getReceiptNumber(), now, false);
    }

    @Override
    public byte[] receipt(SignedInUser user, long applicationId, Locale locale) {
        Application application = owned(user, applicationId);
        if (application.getStatus() == ApplicationStatus.DRAFT) {
            throw new ApplicationException(Reason.NOT_FOUND);
        }
        ApplicationForm form = records.form(application);
        String signer = signatures.signerName(application.getSignature(), records.canonical(application));
        ReceiptSignature signature = signer == null || application.getSignedAt() == null
                ? ReceiptSignature.notRequired()
                : ReceiptSignature.signed(signer, application.getSignedAt());
        return support.receipts()
                .render(ReceiptForms.content(form, resident(user).getFullName(), signature, locale));
    }

    private Submission repeated(Application application) {
        return new Submission(application.getId(), application.getReceiptNumber(), application.getSubmittedAt(), true);
    }

    private void requireComplete(Application application, MunicipalProcedure procedure) {
        List<FieldSpec> fields = support.forms().fields(procedure);
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
                records.procedure(application).getName(),
                records.municipalityName(application.getLgCode()),
                application.getStatus(),
                application.getUpdatedAt(),
                application.getExpiresAt(),
                application.getReceiptNumber(),
                application.getStaffComment());
    }

    private Application owned(SignedInUser user, long applicationId) {
        return applications
                .findById(applicationId)
                .filter(a -> user != null && a.getResidentId().equals(user.residentId()))
                .filter(a -> a.getStatus() != ApplicationStatus.DRAFT
                        || a.getExpiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> new ApplicationException(Reason.NOT_FOUND));
    }

    private Application editable(SignedInUser user, long applicationId) {
        Application application = owned(user, applicationId);
        if (!application.getStatus().editableByResident()) {
            throw new ApplicationException(Reason.NOT_EDITABLE);
        }
        return application;
    }

    private MunicipalProcedure onlineProcedure(long procedureId) {
        MunicipalProcedure procedure =
                procedures.findById(procedureId).orElseThrow(() -> new ApplicationException(Reason.NOT_ONLINE));
        if (!procedure.isPublished() || !procedure.isOnlineAvailable()) {
            throw new ApplicationException(Reason.NOT_ONLINE);
        }
        return procedure;
    }

    private Resident resident(SignedInUser user) {
        if (user == null) {
            throw new ApplicationException(Reason.NOT_FOUND);
        }
        return accounts.findResident(user.residentId()).orElseThrow(() -> new ApplicationException(Reason.NOT_FOUND));
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

package jp.mynaportal.notice.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.account.model.Resident;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.mail.MailOutbox;
import jp.mynaportal.mail.model.MailKind;
import jp.mynaportal.notice.NoticeDelivery;
import jp.mynaportal.notice.NoticeDraft;
import jp.mynaportal.notice.NoticeException;
import jp.mynaportal.notice.SentNotice;
import jp.mynaportal.notice.model.NoticeAudience;
import jp.mynaportal.notice.model.NoticeBroadcast;
import jp.mynaportal.notice.model.SenderKind;
import jp.mynaportal.notice.repository.NoticeRepository;
import jp.mynaportal.usage.model.UsageAction;

/**
 * Municipality staff write notices to the residents of a municipality they serve (the access
 * policy decides: {@link PortalService#NOTICE_DELIVERY} on that municipality's residents, or on the
 * one resident, who must be registered there). One row per notice; a notice to one resident also
 * mails them if they asked for お知らせ通知 (a notice to many mails nobody: that would be a row per
 * recipient). Every send is one 利用履歴 entry ({@link NoticeSends}).
 */
@Stateless
public class DefaultNoticeDelivery implements NoticeDelivery {

    /** The largest PDF a notice carries. */
    static final int ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Inject
    private NoticeRepository notices;

    @Inject
    private NoticeAudiences audiences;

    @Inject
    private AccountRepository accounts;

    @Inject
    private MailOutbox mail;

    @Inject
    private NoticeSends sends;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    private final Clock clock = Clock.systemUTC();

    @Override
    @RolesAllowed(Roles.STAFF)
    public List<String> municipalities() {
        Actor actor = caller.actor();
        return actor.staffMunicipalities().stream()
                .filter(lg ->
                        policy.permits(actor, Subject.residentsOf(lg), PortalService.NOTICE_DELIVERY, Operation.WRITE))
                .sorted()
                .toList();
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public long reach(NoticeDraft draft) {
        return notices.countReach(audience(draft), audiences.today());
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public long send(NoticeDraft draft, String terminal) {
        NoticeAudience audience = audience(draft);
        if (draft.getValidUntil().isBefore(draft.getValidFrom())) {
            throw new NoticeException("validUntil", "notice.send.validUntil.beforeFrom");
        }
        if (draft.getValidUntil().isBefore(audiences.today())) {
            throw new NoticeException("validUntil", "notice.send.validUntil.past");
        }
        byte[] pdf = draft.getAttachment();
        if (pdf != null
                && (pdf.length > ATTACHMENT_MAX_BYTES
                        || pdf.length < PDF_MAGIC.length
                        || !Arrays.equals(Arrays.copyOf(pdf, PDF_MAGIC.length), PDF_MAGIC))) {
            throw new NoticeException("attachment", "notice.send.attachment.invalid");
        }
        Actor actor = caller.actor();
        Instant now = clock.instant();
        NoticeBroadcast broadcast = new NoticeBroadcast(
                SenderKind.MUNICIPALITY,
                draft.getLgCode(),
                actor.residentId(),
                draft.getTitle().strip(),
                draft.getBody().strip(),
                blankToNull(draft.getLinkUrl()),
                pdf == null ? null : safeName(draft.getAttachmentName()),
                pdf,
                draft.getValidFrom().atStartOfDay(NoticeAudiences.JAPAN).toInstant(),
                draft.getValidUntil()
                        .plusDays(1)
                        .atStartOfDay(NoticeAudiences.JAPAN)
                        .toInstant(),
                audience,
                now);
        notices.addBroadcast(broadcast);
        if (audience.getResidentId() != null) {
            accounts.findAccount(audience.getResidentId())
                    .filter(a -> a.isNoticeMail() && a.getEmail() != null)
                    .ifPresent(a -> mail.enqueue(
                            MailKind.NOTICE, a.getEmail(), a.getMailLanguage(), List.of(mail.portalUrl())));
        }
        sends.record(
                broadcast.getId(),
                audience.getResidentId() == null ? null : new Subject(audience.getResidentId(), draft.getLgCode()),
                UsageAction.NOTICE_FROM_MUNICIPALITY,
                terminal);
        return broadcast.getId();
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public List<SentNotice> sent(String lgCode) {
        policy.require(caller.actor(), Subject.residentsOf(lgCode), PortalService.NOTICE_DELIVERY, Operation.READ);
        return notices.findBySender(SenderKind.MUNICIPALITY.name(), lgCode, 100).stream()
                .map(b -> new SentNotice(
                        b.getId(),
                        b.getTitle(),
                        b.getValidFrom(),
                        b.getValidUntil(),
                        b.getCreatedAt(),
                        b.getAudience().getResidentId() != null))
                .toList();
    }

    /** The draft's audience, after the access policy agreed that the caller may write to it. */
    private NoticeAudience audience(NoticeDraft draft) {
        Actor actor = caller.actor();
        String residentId = blankToNull(draft.getResidentId());
        if (residentId != null) {
            String lgCode = accounts.findResident(residentId)
                    .map(Resident::getLgCode)
                    .orElseThrow(() -> new NoticeException("residentId", "notice.send.resident.unknown"));
            if (!lgCode.equals(draft.getLgCode())
                    || !policy.permits(
                            actor, new Subject(residentId, lgCode), PortalService.NOTICE_DELIVERY, Operation.WRITE)) {
                throw new NoticeException("residentId", "notice.send.resident.unknown");
            }
            return NoticeAudience.resident(residentId);
        }
        policy.require(actor, Subject.residentsOf(draft.getLgCode()), PortalService.NOTICE_DELIVERY, Operation.WRITE);
        if (draft.getMinAge() != null && draft.getMaxAge() != null && draft.getMinAge() > draft.getMaxAge()) {
            throw new NoticeException("maxAge", "notice.send.age.range");
        }
        return NoticeAudience.criteria(
                draft.getLgCode(),
                draft.getMinAge(),
                draft.getMaxAge(),
                draft.getChildUnder(),
                draft.isChildAllowance());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String safeName(String name) {
        String cleaned = name == null
                ? ""
                : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (cleaned.isEmpty()) {
            cleaned = "attachment.pdf";
        }
        return cleaned.length() > 100 ? cleaned.substring(cleaned.length() - 100) : cleaned;
    }
}

package jp.mynaportal.notice.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.mail.MailOutbox;
import jp.mynaportal.mail.model.MailKind;
import jp.mynaportal.notice.NoticeCriteria;
import jp.mynaportal.notice.NoticeOrder;
import jp.mynaportal.notice.NoticeProblem;
import jp.mynaportal.notice.NoticeReadState;
import jp.mynaportal.notice.model.NoticeAudience;
import jp.mynaportal.notice.model.NoticeBroadcast;
import jp.mynaportal.notice.model.SenderKind;
import jp.mynaportal.notice.repository.NoticeRepository;
import jp.mynaportal.platform.InputText;

/**
 * The rules of a notice written through an API (agencies, connected sites), stated once: every
 * problem of its fields and criteria, the row it becomes, the お知らせ通知 mail of a notice to one
 * resident who asked for it, and what the sender may read back.
 */
@ApplicationScoped
public class NoticeOrders {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Inject
    private NoticeRepository notices;

    @Inject
    private AccountRepository accounts;

    @Inject
    private MailOutbox mail;

    /** Every problem of the notice's fields, on {@code today} (Japan time). */
    List<NoticeProblem> problems(NoticeOrder order, LocalDate today) {
        List<NoticeProblem> problems = new ArrayList<>();
        text(problems, "title", order.title(), NoticeBroadcast.TITLE_MAX, false);
        text(problems, "body", order.body(), NoticeBroadcast.BODY_MAX, true);
        if (order.validFrom() == null) {
            problems.add(new NoticeProblem("validFrom", "REQUIRED"));
        }
        if (order.validUntil() == null) {
            problems.add(new NoticeProblem("validUntil", "REQUIRED"));
        } else if (order.validFrom() != null && order.validUntil().isBefore(order.validFrom())) {
            problems.add(new NoticeProblem("validUntil", "ENDS_BEFORE_START"));
        } else if (order.validUntil().isBefore(today)) {
            problems.add(new NoticeProblem("validUntil", "ENDED"));
        }
        String link = blankToNull(order.linkUrl());
        if (link != null && (link.length() > 500 || !link.matches("https?://[^\\s\"<>]+"))) {
            problems.add(new NoticeProblem("linkUrl", "INVALID_URL"));
        }
        byte[] pdf = order.attachment();
        if (pdf != null) {
            if (pdf.length > DefaultNoticeDelivery.ATTACHMENT_MAX_BYTES) {
                problems.add(new NoticeProblem("attachment", "TOO_LARGE"));
            } else if (pdf.length < PDF_MAGIC.length
                    || !Arrays.equals(Arrays.copyOf(pdf, PDF_MAGIC.length), PDF_MAGIC)) {
                problems.add(new NoticeProblem("attachment", "NOT_PDF"));
            }
            if (InputText.problem(order.attachmentName(), 100, false) != null) {
                problems.add(new NoticeProblem("attachment.fileName", "INVALID_TEXT"));
            }
        }
        return problems;
    }

    /** Every problem of criteria (field names under {@code audience.criteria.}). */
    List<NoticeProblem> problems(NoticeCriteria criteria) {
        List<NoticeProblem> problems = new ArrayList<>();
        String prefix = "audience.criteria.";
        if (criteria.lgCode() != null && !criteria.lgCode().matches("[0-9]{6}")) {
            problems.add(new NoticeProblem(prefix + "lgCode", "INVALID"));
        }
        if (outOf(criteria.minAge(), 0, 150)) {
            problems.add(new NoticeProblem(prefix + "minAge", "OUT_OF_RANGE"));
        }
        if (outOf(criteria.maxAge(), 0, 150)) {
            problems.add(new NoticeProblem(prefix + "maxAge", "OUT_OF_RANGE"));
        } else if (criteria.minAge() != null
                && criteria.maxAge() != null
                && !outOf(criteria.minAge(), 0, 150)
                && criteria.minAge() > criteria.maxAge()) {
            problems.add(new NoticeProblem(prefix + "maxAge", "BELOW_MIN_AGE"));
        }
        if (outOf(criteria.childUnder(), 1, 30)) {
            problems.add(new NoticeProblem(prefix + "childUnder", "OUT_OF_RANGE"));
        }
        return problems;
    }

    static NoticeAudience audience(NoticeCriteria criteria) {
        return NoticeAudience.criteria(
                criteria.lgCode(),
                criteria.minAge(),
                criteria.maxAge(),
                criteria.childUnder(),
                criteria.childAllowance());
    }

    /** Stores the notice (its problems were checked) and mails the one resident if they asked for it. */
    NoticeBroadcast store(
            SenderKind kind,
            String senderCode,
            String sentBy,
            NoticeOrder order,
            NoticeAudience audience,
            Instant now) {
        byte[] pdf = order.attachment();
        NoticeBroadcast broadcast = new NoticeBroadcast(
                kind,
                senderCode,
                sentBy,
                InputText.normalize(order.title()).strip(),
                InputText.normalize(order.body()).strip(),
                blankToNull(order.linkUrl()),
                pdf == null ? null : safeName(order.attachmentName()),
                pdf,
                order.validFrom().atStartOfDay(NoticeAudiences.JAPAN).toInstant(),
                order.validUntil()
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
        return broadcast;
    }

    /** What became of a notice, if this sender wrote it. */
    java.util.Optional<NoticeReadState> state(SenderKind kind, String senderCode, long id) {
        return notices.findBroadcast(id)
                .filter(b -> b.getSenderKind() == kind && b.getSenderCode().equals(senderCode))
                .map(b -> {
                    String one = b.getAudience().getResidentId();
                    Instant readAt = one == null
                            ? null
                            : notices.findReceipt(b.getId(), one)
                                    .map(r -> r.getReadAt())
                                    .orElse(null);
                    long count = one == null ? notices.countRead(b.getId()) : (readAt == null ? 0 : 1);
                    return new NoticeReadState(
                            b.getId(), b.getTitle(), b.getValidFrom(), b.getValidUntil(), one != null, count, readAt);
                });
    }

    private static void text(List<NoticeProblem> problems, String field, String value, int max, boolean multiline) {
        if (value == null || value.isBlank()) {
            problems.add(new NoticeProblem(field, "REQUIRED"));
            return;
        }
        InputText.Problem problem = InputText.problem(InputText.normalize(value).strip(), max, multiline);
        if (problem == InputText.Problem.TOO_LONG) {
            problems.add(new NoticeProblem(field, "TOO_LONG"));
        } else if (problem != null) {
            problems.add(new NoticeProblem(field, "INVALID_TEXT"));
        }
    }

    private static boolean outOf(Integer value, int min, int max) {
        return value != null && (value < min || value > max);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String safeName(String name) {
        String cleaned = name == null
                ? ""
                : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (cleaned.isEmpty()) {
            cleaned = "attachment.pdf";
        }
        return cleaned.length() > 100 ? cleaned.substring(cleaned.length() - 100) : cleaned;
    }
}

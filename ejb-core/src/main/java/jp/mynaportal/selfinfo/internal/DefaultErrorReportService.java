package jp.mynaportal.selfinfo.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.agency.AgencyDirectory;
import jp.mynaportal.agency.AgencyInfo;
import jp.mynaportal.agency.AgencyLinks;
import jp.mynaportal.selfinfo.AgencyErrorReport;
import jp.mynaportal.selfinfo.AttributeInfo;
import jp.mynaportal.selfinfo.ErrorReportDraft;
import jp.mynaportal.selfinfo.ErrorReportException;
import jp.mynaportal.selfinfo.ErrorReportService;
import jp.mynaportal.selfinfo.ErrorReportView;
import jp.mynaportal.selfinfo.ItemInfo;
import jp.mynaportal.selfinfo.ReportTarget;
import jp.mynaportal.selfinfo.SelfInfoCatalogue;
import jp.mynaportal.selfinfo.model.ErrorReport;
import jp.mynaportal.selfinfo.model.ErrorReportStatus;
import jp.mynaportal.selfinfo.model.InfoRecord;
import jp.mynaportal.selfinfo.repository.SelfInfoRepository;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;

/**
 * Takes a resident's report on their own record (a record of someone else is "not found"), puts
 * it in the queue of the agency that sent the record, and lets that agency, and only it, answer.
 */
@Stateless
public class DefaultErrorReportService implements ErrorReportService {

    private static final Set<String> ATTACHMENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    @Inject
    private SelfInfoRepository repository;

    @Inject
    private SelfInfoCatalogue catalogue;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private AgencyLinks links;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    @Inject
    private UsageRecorder usage;

    @Override
    @RolesAllowed(Roles.RESIDENT)
    public Optional<ReportTarget> target(long recordId) {
        Actor actor = caller.actor();
        return repository
                .findRecord(recordId)
                .filter(r -> policy.permits(
                        actor, Subject.resident(r.getResidentId()), PortalService.SELF_INFORMATION, Operation.READ))
                .map(r -> new ReportTarget(
                        r.getId(),
                        catalogue.item(r.getItemCode()).orElseThrow(),
                        agencies.find(r.getAgencyCode()).orElseThrow(),
                        r.getValidFrom(),
                        r.getValidTo()));
    }

    @Override
    @RolesAllowed(Roles.RESIDENT)
    public long report(ErrorReportDraft draft, String terminal) {
        Actor actor = caller.actor();
        InfoRecord record = repository
                .findRecord(draft.recordId())
                .filter(r -> policy.permits(
                        actor, Subject.resident(r.getResidentId()), PortalService.SELF_INFORMATION, Operation.WRITE))
                .orElseThrow(() -> new ErrorReportException("record", "selfinfo.report.error.record"));
        String description =
                draft.description() == null ? "" : draft.description().strip();
        if (description.isEmpty()) {
            throw new ErrorReportException("description", "selfinfo.report.error.descriptionMissing");
        }
        if (description.length() > ErrorReportDraft.MAX_DESCRIPTION) {
            throw new ErrorReportException("description", "selfinfo.report.error.descriptionTooLong");
        }
        ItemInfo item = catalogue.item(record.getItemCode()).orElseThrow();
        String attribute = draft.attribute() == null || draft.attribute().isBlank() ? null : draft.attribute();
        if (attribute != null && item.attribute(attribute).isEmpty()) {
            throw new ErrorReportException("attribute", "selfinfo.report.error.attribute");
        }
        byte[] attachment = draft.attachment();
        if (attachment != null && attachment.length == 0) {
            attachment = null;
        }
        if (attachment != null
                && (attachment.length > ErrorReportDraft.MAX_ATTACHMENT_BYTES
                        || !ATTACHMENT_TYPES.contains(draft.attachmentType())
                        || draft.attachmentName() == null
                        || draft.attachmentName().isBlank())) {
            throw new ErrorReportException("attachment", "selfinfo.report.error.attachment");
        }
        String name = attachment == null ? null : shorten(draft.attachmentName(), 200);
        ErrorReport report = new ErrorReport(
                record.getResidentId(),
                record.getId(),
                record.getAgencyCode(),
                attribute,
                description,
                name,
                attachment == null ? null : draft.attachmentType(),
                attachment,
                Instant.now());
        repository.add(report);
        repository.flush();
        usage.byCaller(UsageAction.SELF_INFORMATION_ERROR_REPORTED, "SUCCESS", terminal);
        return report.getId();
    }

    @Override
    @RolesAllowed(Roles.RESIDENT)
    public List<ErrorReportView> myReports() {
        Actor actor = caller.actor();
        Subject subject = actor.self(null);
        policy.require(actor, subject, PortalService.SELF_INFORMATION, Operation.READ);
        return repository.findReportsOfResident(subject.residentId()).stream()
                .map(this::view)
                .toList();
    }

    @Override
    @RolesAllowed(Roles.AGENCY)
    public List<AgencyErrorReport> queue(List<ErrorReportStatus> statuses, int limit) {
        AgencyInfo agency = agencies.caller();
        Set<ErrorReportStatus> wanted =
                statuses.isEmpty() ? EnumSet.allOf(ErrorReportStatus.class) : EnumSet.copyOf(statuses);
        return repository.findReportsOfAgency(agency.code(), wanted, Math.max(1, Math.min(limit, 1000))).stream()
                .map(r -> forAgency(agency, r))
                .toList();
    }

    @Override
    @RolesAllowed(Roles.AGENCY)
    public Optional<byte[]> attachment(long reportId) {
        AgencyInfo agency = agencies.caller();
        return repository
                .findReport(reportId)
                .filter(r -> r.getAgencyCode().equals(agency.code()))
                .map(ErrorReport::getAttachment);
    }

    @Override
    @RolesAllowed(Roles.AGENCY)
    public AgencyErrorReport answer(long reportId, ErrorReportStatus status, String note) {
        Actor actor = caller.actor();
        AgencyInfo agency = agencies.caller();
        ErrorReport report = repository
                .findReport(reportId)
                .filter(r -> r.getAgencyCode().equals(agency.code()))
                .orElseThrow(() -> new ErrorReportException("report", "selfinfo.report.error.record"));
        policy.require(
                actor, Subject.resident(report.getResidentId()), PortalService.SELF_INFORMATION, Operation.WRITE);
        if (status == null || status == ErrorReportStatus.SUBMITTED) {
            throw new ErrorReportException("status", "selfinfo.report.error.status");
        }
        report.answer(status, note == null || note.isBlank() ? null : shorten(note.strip(), 1000), Instant.now());
        return forAgency(agency, report);
    }

    private ErrorReportView view(ErrorReport report) {
        InfoRecord record = repository.findRecord(report.getRecordId()).orElseThrow();
        ItemInfo item = catalogue.item(record.getItemCode()).orElseThrow();
        AttributeInfo attribute = report.getAttribute() == null
                ? null
                : item.attribute(report.getAttribute()).orElse(null);
        return new ErrorReportView(
                report.getId(),
                item,
                agencies.find(report.getAgencyCode()).orElseThrow(),
                attribute,
                report.getDescription(),
                report.getStatus(),
                report.getAgencyNote(),
                report.getCreatedAt(),
                report.getUpdatedAt());
    }

    private AgencyErrorReport forAgency(AgencyInfo agency, ErrorReport report) {
        InfoRecord record = repository.findRecord(report.getRecordId()).orElseThrow();
        byte[] attachment = report.getAttachment();
        return new AgencyErrorReport(
                report.getId(),
                links.linkCode(agency.code(), report.getResidentId()),
                record.getAgencyRecordId(),
                record.getVersion(),
                record.getItemCode(),
                report.getAttribute(),
                report.getDescription(),
                report.getAttachmentName(),
                attachment == null ? 0 : attachment.length,
                report.getStatus(),
                report.getAgencyNote(),
                report.getCreatedAt(),
                report.getUpdatedAt());
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}

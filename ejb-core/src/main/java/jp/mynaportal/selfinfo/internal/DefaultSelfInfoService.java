package jp.mynaportal.selfinfo.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.agency.AgencyDirectory;
import jp.mynaportal.agency.AgencyInfo;
import jp.mynaportal.selfinfo.FieldInfo;
import jp.mynaportal.selfinfo.ItemAnswer;
import jp.mynaportal.selfinfo.ItemInfo;
import jp.mynaportal.selfinfo.RecordView;
import jp.mynaportal.selfinfo.SelfInfoAnswer;
import jp.mynaportal.selfinfo.SelfInfoCatalogue;
import jp.mynaportal.selfinfo.SelfInfoDocument;
import jp.mynaportal.selfinfo.SelfInfoQuestion;
import jp.mynaportal.selfinfo.SelfInfoService;
import jp.mynaportal.selfinfo.SeriesPoint;
import jp.mynaportal.selfinfo.ValueView;
import jp.mynaportal.selfinfo.model.InfoRecord;
import jp.mynaportal.selfinfo.model.RecordValue;
import jp.mynaportal.selfinfo.repository.SelfInfoRepository;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;

/**
 * Answers the caller's question from the current versions valid on the 確認対象日, grouped by
 * 分野詳細 (catalogue order) and agency, with the versions each corrected and, for 分野詳細 with a
 * chart, the amounts of every period; records the read (or the download) in 利用履歴 in the same
 * transaction.
 */
@Stateless
public class DefaultSelfInfoService implements SelfInfoService {

    @Inject
    private SelfInfoRepository repository;

    @Inject
    private SelfInfoCatalogue catalogue;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    @Inject
    private UsageRecorder usage;

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public SelfInfoAnswer lookUp(SelfInfoQuestion question, String terminal) {
        Subject subject = readable(question);
        SelfInfoAnswer answer = answer(subject.residentId(), question);
        usage.byCaller(UsageAction.SELF_INFORMATION_VIEWED, "SUCCESS", terminal);
        return answer;
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public List<FieldInfo> readableFields() {
        Actor actor = caller.actor();
        Subject subject = actor.subject();
        List<FieldInfo> readable = catalogue.fields().stream()
                .filter(field ->
                        policy.permits(actor, subject, PortalService.SELF_INFORMATION, Operation.READ, field.code()))
                .toList();
        if (readable.isEmpty()) {
            // no 分野 of the subject is readable for the caller: the service itself is refused
            policy.require(actor, subject, PortalService.SELF_INFORMATION, Operation.READ);
        }
        return readable;
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public SelfInfoDocument download(
            SelfInfoQuestion question, SelfInfoDocument.Format format, Locale locale, String terminal) {
        Subject subject = readable(question);
        SelfInfoAnswer answer = answer(subject.residentId(), question);
        usage.byCaller(UsageAction.SELF_INFORMATION_DOWNLOADED, format.name(), terminal);
        return format == SelfInfoDocument.Format.PDF
                ? new SelfInfoDocument(new SelfInfoPdf(locale).render(answer), "selfinfo.pdf", "application/pdf")
                : new SelfInfoDocument(new SelfInfoCsv(locale).render(answer), "selfinfo.csv", "text/csv");
    }

    /**
     * The caller's subject (a 代理人's: the resident they act for), when the policy lets the caller
     * read it in every 分野 the question asks.
     */
    private Subject readable(SelfInfoQuestion question) {
        Actor actor = caller.actor();
        Subject subject = actor.subject();
        java.util.Set<String> fields = question.itemCodes().stream()
                .map(code -> catalogue.item(code).map(ItemInfo::fieldCode).orElse(null))
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        if (fields.isEmpty()) {
            policy.require(actor, subject, PortalService.SELF_INFORMATION, Operation.READ);
        }
        for (String field : fields) {
            policy.require(actor, subject, PortalService.SELF_INFORMATION, Operation.READ, field);
        }
        return subject;
    }

    private SelfInfoAnswer answer(String residentId, SelfInfoQuestion question) {
        List<ItemInfo> items = new ArrayList<>();
        for (String code : question.itemCodes()) {
            items.add(catalogue.item(code).orElseThrow(() -> new IllegalArgumentException("No such item " + code)));
        }
        List<String> codes = items.stream().map(ItemInfo::code).toList();
        Map<String, Map<String, List<InfoRecord>>> byItemAndAgency = new LinkedHashMap<>();
        for (InfoRecord record : repository.findValidOn(residentId, codes, question.asOf())) {
            byItemAndAgency
                    .computeIfAbsent(record.getItemCode(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(record.getAgencyCode(), k -> new ArrayList<>())
                    .add(record);
        }
        List<ItemAnswer> answers = new ArrayList<>();
        List<ItemInfo> empty = new ArrayList<>();
        items.stream().sorted(java.util.Comparator.comparingInt(this::position)).forEach(item -> {
            Map<String, List<InfoRecord>> agencies = byItemAndAgency.get(item.code());
            if (agencies == null) {
                empty.add(item);
                return;
            }
            agencies.forEach((agencyCode, records) -> answers.add(new ItemAnswer(
                    item,
                    agency(agencyCode),
                    records.stream().map(r -> view(item, r)).toList(),
                    series(residentId, item, agencyCode))));
        });
        return new SelfInfoAnswer(question.asOf(), Instant.now(), answers, empty);
    }

    private int position(ItemInfo item) {
        int index = 0;
        for (var field : catalogue.fields()) {
            for (ItemInfo each : field.items()) {
                if (each.code().equals(item.code())) {
                    return index;
                }
                index++;
            }
        }
        return index;
    }

    private AgencyInfo agency(String code) {
        Optional<AgencyInfo> found = agencies.find(code);
        return found.orElseGet(() -> new AgencyInfo(code, code, code, null, null));
    }

    private RecordView view(ItemInfo item, InfoRecord record) {
        List<RecordView.EarlierVersion> earlier = record.getVersion() == 1
                ? List.of()
                : repository.findVersions(record.getAgencyCode(), record.getAgencyRecordId()).stream()
                        .filter(v -> v.getVersion() < record.getVersion())
                        .sorted(java.util.Comparator.comparingInt(InfoRecord::getVersion)
                                .reversed())
                        .map(v -> new RecordView.EarlierVersion(
                                v.getVersion(), v.getRecordedAt(), v.getSupersededAt(), values(item, v)))
                        .toList();
        return new RecordView(
                record.getId(),
                record.getVersion(),
                record.getValidFrom(),
                record.getValidTo(),
                record.getRecordedAt(),
                values(item, record),
                earlier);
    }

    static List<ValueView> values(ItemInfo item, InfoRecord record) {
        Map<String, Object> byName = new LinkedHashMap<>();
        for (RecordValue value : record.getValues()) {
            byName.put(value.getAttribute(), value.getValue());
        }
        return item.attributes().stream()
                .map(a -> new ValueView(a, byName.get(a.name())))
                .toList();
    }

    private List<SeriesPoint> series(String residentId, ItemInfo item, String agencyCode) {
        if (item.chartAttribute() == null) {
            return List.of();
        }
        List<SeriesPoint> points = new ArrayList<>();
        for (InfoRecord record : repository.findCurrentOfItem(residentId, item.code())) {
            if (!record.getAgencyCode().equals(agencyCode)) {
                continue;
            }
            for (RecordValue value : record.getValues()) {
                if (value.getAttribute().equals(item.chartAttribute()) && value.getValue() instanceof Long amount) {
                    points.add(new SeriesPoint(record.getValidFrom(), record.getValidTo(), amount));
                }
            }
        }
        return points;
    }
}

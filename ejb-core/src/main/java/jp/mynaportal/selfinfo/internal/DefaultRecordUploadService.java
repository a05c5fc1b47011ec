package jp.mynaportal.selfinfo.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.agency.AgencyDirectory;
import jp.mynaportal.agency.AgencyInfo;
import jp.mynaportal.agency.AgencyLinkService;
import jp.mynaportal.selfinfo.ItemInfo;
import jp.mynaportal.selfinfo.RecordOutcome;
import jp.mynaportal.selfinfo.RecordProblem;
import jp.mynaportal.selfinfo.RecordSubmission;
import jp.mynaportal.selfinfo.RecordUploadService;
import jp.mynaportal.selfinfo.RecordsRejectedException;
import jp.mynaportal.selfinfo.SelfInfoCatalogue;
import jp.mynaportal.selfinfo.model.InfoRecord;
import jp.mynaportal.selfinfo.repository.SelfInfoRepository;

/**
 * Checks a whole batch first (schema, provider, link codes, duplicates) and refuses it with every
 * problem if any record is wrong; then compares each record with the current version of the same
 * agency record id (one query per 500 ids) and writes the new versions in the same transaction.
 * Nothing is asked per record: the link codes are resolved in one call, the schema of each
 * 分野詳細 once, the policy once per resident; the current versions are read with their values in
 * one query per 500 ids, and the new versions, their values and the superseded marks are written as
 * three JDBC batches beside the unit of work ({@link SelfInfoRepository#writeVersions}).
 */
@Stateless
public class DefaultRecordUploadService implements RecordUploadService {

    @Inject
    private SelfInfoRepository repository;

    @Inject
    private SelfInfoCatalogue catalogue;

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private AgencyLinkService links;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    @Override
    @RolesAllowed(Roles.AGENCY)
    public List<RecordOutcome> upload(List<RecordSubmission> records) {
        Actor actor = caller.actor();
        AgencyInfo agency = agencies.caller();
        if (records.size() > MAX_BATCH) {
            throw new RecordsRejectedException(List.of(new RecordProblem(
                    MAX_BATCH, null, null, "TOO_MANY_RECORDS", "at most " + MAX_BATCH + " records in one batch")));
        }
        Map<String, String> residents = links.resolveAll(records.stream()
                .map(RecordSubmission::linkCode)
                .filter(code -> code != null)
                .collect(Collectors.toSet()));
        // the schema of each 分野詳細 of the batch, asked once
        Map<String, Optional<ItemInfo>> schemas = new HashMap<>();
        List<RecordProblem> problems = new ArrayList<>();
        List<SubmissionCheck> checks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            RecordSubmission record = records.get(i);
            SubmissionCheck check = new SubmissionCheck(i, record).checkFrame();
            if (record.recordId() != null && !seen.add(record.recordId())) {
                check.problem("recordId", "DUPLICATE_RECORD_ID", "the same recordId twice in one batch");
            }
            if (record.linkCode() == null || !residents.containsKey(record.linkCode())) {
                check.problem("linkCode", "UNKNOWN_PERSON", "no resident has this link code with " + agency.code());
            }
            Optional<ItemInfo> item =
                    record.item() == null ? Optional.empty() : schemas.computeIfAbsent(record.item(), catalogue::item);
            if (item.isEmpty()) {
                check.problem("item", "UNKNOWN_ITEM", "no such 分野詳細");
            } else if (!item.get().providerKinds().contains(agency.kind().name())) {
                check.problem("item", "NOT_A_PROVIDER", agency.kind() + " does not send " + record.item());
            } else {
                check.checkValues(item.get());
            }
            problems.addAll(check.problems());
            checks.add(check);
        }
        if (!problems.isEmpty()) {
            throw new RecordsRejectedException(problems);
        }
        Map<String, InfoRecord> current = repository.findCurrent(agency.code(), seen).stream()
                .collect(Collectors.toMap(InfoRecord::getAgencyRecordId, Function.identity()));
        Instant now = Instant.now();
        List<RecordOutcome> outcomes = new ArrayList<>(records.size());
        Set<String> permitted = new HashSet<>();
        List<InfoRecord> versions = new ArrayList<>();
        List<InfoRecord> superseded = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            RecordSubmission record = records.get(i);
            SubmissionCheck check = checks.get(i);
            String residentId = residents.get(record.linkCode());
            if (permitted.add(residentId)) {
                policy.require(actor, Subject.resident(residentId), PortalService.SELF_INFORMATION, Operation.WRITE);
            }
            InfoRecord before = current.get(record.recordId());
            if (before == null) {
                versions.add(new InfoRecord(
                        residentId,
                        record.item(),
                        agency.code(),
                        record.recordId(),
                        1,
                        check.validFrom(),
                        check.validTo(),
                        now,
                        check.values()));
                outcomes.add(new RecordOutcome(i, record.recordId(), "CREATED", 1));
            } else if (before.says(residentId, record.item(), check.validFrom(), check.validTo(), check.values())) {
                outcomes.add(new RecordOutcome(i, record.recordId(), "UNCHANGED", before.getVersion()));
            } else {
                InfoRecord next = before.correctedBy(
                        residentId, record.item(), check.validFrom(), check.validTo(), now, check.values());
                versions.add(next);
                superseded.add(before);
                outcomes.add(new RecordOutcome(i, record.recordId(), "CORRECTED", next.getVersion()));
            }
        }
        repository.writeVersions(versions, superseded);
        return outcomes;
    }
}

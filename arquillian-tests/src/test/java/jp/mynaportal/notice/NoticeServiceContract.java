package jp.mynaportal.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.spi.CDI;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import jp.mynaportal.agency.AgencyRequestSigner;
import jp.mynaportal.notice.internal.NoticeAudiences;
import jp.mynaportal.notice.model.NoticeBroadcast;
import jp.mynaportal.support.Callers;
import jp.mynaportal.support.CurrentExchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * お知らせ to many in the container: who an audience reaches at its edges (a 65th birthday today,
 * a child turning 6 today), a resident who moves to another municipality, the preview count, no
 * row per recipient, a resident's read and archive of a notice that only they see, and the one
 * 利用履歴 entry of each send (a notice to criteria in the sender's own, by staff or by the tax agency
 * through the agency API over HTTP; a notice to one resident in theirs). Staff send
 * through the service as the counter staff demo resident, made staff of Okinawa municipalities
 * that no other test uses; every test works in a municipality and with residents of its own.
 */
abstract class NoticeServiceContract {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final String TERMINAL = "192.0.2.15";

    private DataSource dataSource;
    private NoticeAudiences audiences;
    private NoticeDelivery delivery;
    private NoticeService notices;
    private List<String> okinawa;
    private LocalDate today;
    private String staff;

    /** One line of the usage log, as its columns hold it. */
    record Entry(String subject, String actor, String organisation, String action, String result, String purpose) {}

    @BeforeEach
    void lookUp() throws Exception {
        dataSource = InitialContext.doLookup("java:app/jdbc/mynaportal");
        audiences = CDI.current().select(NoticeAudiences.class).get();
        delivery = CDI.current().select(NoticeDelivery.class).get();
        notices = CDI.current().select(NoticeService.class).get();
        today = LocalDate.now(JAPAN);
        okinawa = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT lg_code FROM municipality WHERE lg_code LIKE '47%' AND kind <> 'PREFECTURE' ORDER BY lg_code");
                ResultSet rows = q.executeQuery()) {
            while (rows.next()) {
                okinawa.add(rows.getString(1));
            }
        }
        assertThat(okinawa).hasSizeGreaterThan(8);
        staff = Callers.residentId("田中 一郎");
        for (String lg : okinawa.subList(0, 7)) {
            serveAlso(staff, lg);
        }
        Callers.logInRegistered("staff-chiyoda", "5678", "窓口");
    }

    private void serveAlso(String staff, String lg) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT COUNT(*) FROM counter_staff WHERE resident_id = ? AND lg_code = ? AND staff_role = 'PIN_RESET'")) {
            q.setString(1, staff);
            q.setString(2, lg);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO counter_staff (id, resident_id, lg_code, staff_role, granted_at) VALUES (?, ?, ?, 'PIN_RESET', ?)")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, staff);
                insert.setString(3, lg);
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
        }
    }

    private String resident(String lg, LocalDate born) throws Exception {
        String id = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO resident (id, full_name, address, birth_date, lg_code, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, "試験 " + id.substring(0, 8));
            insert.setString(3, "沖縄県");
            insert.setDate(4, Date.valueOf(born));
            insert.setString(5, lg);
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return id;
    }

    private void child(String residentId, LocalDate born, boolean allowance) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO resident_child (id, resident_id, birth_date, child_allowance) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, 1_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));
            insert.setString(2, residentId);
            insert.setDate(3, Date.valueOf(born));
            insert.setBoolean(4, allowance);
            insert.executeUpdate();
        }
    }

    private void move(String residentId, String lg) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE resident SET lg_code = ? WHERE id = ?")) {
            update.setString(1, lg);
            update.setString(2, residentId);
            update.executeUpdate();
        }
    }

    private long count(String table) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM " + table);
                ResultSet rows = q.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private NoticeDraft draft(String lg, String title) {
        NoticeDraft draft = new NoticeDraft();
        draft.setLgCode(lg);
        draft.setTitle(title);
        draft.setBody("本文 " + title);
        draft.setValidFrom(today);
        draft.setValidUntil(today.plusDays(30));
        return draft;
    }

    private boolean sees(String residentId, long noticeId) {
        return audiences.visibleTo(residentId, 200).stream()
                .map(NoticeBroadcast::getId)
                .anyMatch(id -> id == noticeId);
    }

    /** The usage-log entries whose {@code column} holds {@code value}. */
    private List<Entry> usage(String column, String value) throws Exception {
        List<Entry> entries = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT resident_id, actor_id, actor_org, action, result, purpose FROM usage_log WHERE "
                                + column + " = ? ORDER BY id")) {
            q.setString(1, value);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6)));
                }
            }
        }
        return entries;
    }

    /** The tax agency sends a notice through the agency API, over HTTP to this portal; its id. */
    private static long sendAsTaxAgency(String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String path = "/api/agency/notices";
        String jws = AgencyRequestSigner.fromFolder("nta", Path.of("data", "agency", "nta"))
                .sign("POST", path, body);
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(CurrentExchange.portalAddress() + path))
                                .header("Content-Type", "application/json")
                                .header("Authorization", AgencyRequestSigner.SCHEME + " " + jws)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return Long.parseLong(answer.body().replaceAll(".*\"id\":([0-9]+).*", "$1"));
    }

    @Test
    void reachesBothEndsOfAnAgeRangeCountedOnTheBirthdayAndNobodyOutside() throws Exception {
        String lg = okinawa.get(0);
        String turned65Today = resident(lg, today.minusYears(65));
        String turns65Tomorrow = resident(lg, today.minusYears(65).plusDays(1));
        String is70Turns71Tomorrow = resident(lg, today.minusYears(71).plusDays(1));
        String turned71Today = resident(lg, today.minusYears(71));
        NoticeDraft draft = draft(lg, "65歳から70歳の方へ");
        draft.setMinAge(65);
        draft.setMaxAge(70);

        assertThat(delivery.reach(draft)).isEqualTo(2);
        long id = delivery.send(draft, TERMINAL);

        assertThat(sees(turned65Today, id)).isTrue();
        assertThat(sees(is70Turns71Tomorrow, id)).isTrue();
        assertThat(sees(turns65Tomorrow, id)).isFalse();
        assertThat(sees(turned71Today, id)).isFalse();
    }

    @Test
    void reachesHouseholdsWithAChildUnderTheAgeAndThoseReceivingChildAllowance() throws Exception {
        String lg = okinawa.get(1);
        String childTurnsSixTomorrow = resident(lg, today.minusYears(35));
        child(childTurnsSixTomorrow, today.minusYears(6).plusDays(1), false);
        String childTurnedSixToday = resident(lg, today.minusYears(35));
        child(childTurnedSixToday, today.minusYears(6), true);
        String noChild = resident(lg, today.minusYears(35));
        NoticeDraft underSix = draft(lg, "未就学児のいる世帯へ");
        underSix.setChildUnder(6);
        NoticeDraft allowance = draft(lg, "児童手当の現況届");
        allowance.setChildAllowance(true);

        assertThat(delivery.reach(underSix)).isEqualTo(1);
        assertThat(delivery.reach(allowance)).isEqualTo(1);
        long underSixId = delivery.send(underSix, TERMINAL);
        long allowanceId = delivery.send(allowance, TERMINAL);

        assertThat(sees(childTurnsSixTomorrow, underSixId)).isTrue();
        assertThat(sees(childTurnedSixToday, underSixId)).isFalse();
        assertThat(sees(noChild, underSixId)).isFalse();
        assertThat(sees(childTurnedSixToday, allowanceId)).isTrue();
        assertThat(sees(childTurnsSixTomorrow, allowanceId)).isFalse();
    }

    @Test
    void reachesTheDemoHouseholdReceivingChildAllowanceAndNotAResidentWithoutChildren() throws Exception {
        String hanako = Callers.residentId("山田 花子");
        String tanaka = Callers.residentId("田中 一郎");
        NoticeDraft allowance = draft("131016", "児童手当の現況届（千代田区）");
        allowance.setChildAllowance(true);
        int child = java.time.Period.between(LocalDate.of(2024, 3, 1), today).getYears();
        NoticeDraft underThree = draft("131016", "小さな子どもがいる世帯へ（千代田区）");
        underThree.setChildUnder(child + 1);

        long allowanceId = delivery.send(allowance, TERMINAL);
        long underThreeId = delivery.send(underThree, TERMINAL);

        assertThat(sees(hanako, allowanceId)).isTrue();
        assertThat(sees(hanako, underThreeId)).isTrue();
        assertThat(sees(tanaka, allowanceId)).isFalse();
        assertThat(sees(tanaka, underThreeId)).isFalse();
    }

    @Test
    void showsAResidentWhoMovedTheNoticesOfTheNewMunicipalityOnly() throws Exception {
        String from = okinawa.get(2);
        String to = okinawa.get(3);
        String mover = resident(from, today.minusYears(40));
        long oldTown = delivery.send(draft(from, "旧住所地のお知らせ"), TERMINAL);
        long newTown = delivery.send(draft(to, "新住所地のお知らせ"), TERMINAL);
        assertThat(sees(mover, oldTown)).isTrue();
        assertThat(sees(mover, newTown)).isFalse();

        move(mover, to);

        assertThat(sees(mover, oldTown)).isFalse();
        assertThat(sees(mover, newTown)).isTrue();
    }

    @Test
    void storesOneRowForANoticeToManyAndNothingPerRecipient() throws Exception {
        String lg = okinawa.get(4);
        List<String> residents = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            residents.add(resident(lg, today.minusYears(20 + i)));
        }
        long broadcasts = count("notice_broadcast");
        long receipts = count("notice_receipt");
        long personal = count("notice");

        long id = delivery.send(draft(lg, "全住民へのお知らせ"), TERMINAL);

        assertThat(count("notice_broadcast")).isEqualTo(broadcasts + 1);
        assertThat(count("notice_receipt")).isEqualTo(receipts);
        assertThat(count("notice")).isEqualTo(personal);
        assertThat(residents).allSatisfy(r -> assertThat(sees(r, id)).isTrue());
    }

    @Test
    void showsNothingBeforeItsFirstDay() throws Exception {
        String lg = okinawa.get(5);
        String resident = resident(lg, today.minusYears(30));
        NoticeDraft later = draft(lg, "来週からのお知らせ");
        later.setValidFrom(today.plusDays(7));
        long id = delivery.send(later, TERMINAL);
        assertThat(sees(resident, id)).isFalse();
    }

    @Test
    void refusesANoticeToAMunicipalityTheStaffMemberDoesNotServe() {
        NoticeDraft elsewhere = draft("271276", "大阪市北区のお知らせ");
        assertThatThrownBy(() -> delivery.send(elsewhere, TERMINAL)).isNotNull();
        assertThatThrownBy(() -> delivery.reach(elsewhere)).isNotNull();
    }

    @Test
    void letsTheResidentReadAndArchiveANoticeForThemAndNobodyElseOpenIt() throws Exception {
        String hanako = Callers.residentId("山田 花子");
        NoticeDraft toHanako = draft("131016", "花子さんへの個別のお知らせ " + UUID.randomUUID());
        toHanako.setResidentId(hanako);
        String ref = "b" + delivery.send(toHanako, TERMINAL);

        Callers.logInRegistered("hanako", "1234", "はなこ");
        long unreadBefore = notices.unread();
        assertThat(notices.inbox(NoticeQuery.current()))
                .anySatisfy(n -> assertThat(n.ref()).isEqualTo(ref));
        assertThat(notices.open(ref)).get().satisfies(n -> assertThat(n.read()).isFalse());
        assertThat(notices.unread()).as("opening marks nothing").isEqualTo(unreadBefore);

        assertThat(notices.markRead(ref)).isTrue();
        assertThat(notices.unread()).isEqualTo(unreadBefore - 1);
        assertThat(notices.archive(ref)).isTrue();
        assertThat(notices.inbox(NoticeQuery.current()))
                .noneSatisfy(n -> assertThat(n.ref()).isEqualTo(ref));
        assertThat(notices.inbox(new NoticeQuery(NoticeSource.MUNICIPALITY, null, null, true)))
                .anySatisfy(n -> assertThat(n.ref()).isEqualTo(ref));

        Callers.logInRegistered("taro", "2345", "たろう");
        assertThat(notices.open(ref)).isEmpty();
        assertThat(notices.markRead(ref)).isFalse();
    }

    @Test
    void aNoticeToCriteriaIsOneEntryOfTheStaffMembersOwnAndNoneOfTheResidentsItReaches() throws Exception {
        String lg = okinawa.get(6);
        String reached = resident(lg, today.minusYears(50));

        long id = delivery.send(draft(lg, "条件に合う住民へのお知らせ"), TERMINAL);

        assertThat(sees(reached, id)).isTrue();
        assertThat(usage("result", "NOTICE " + id))
                .containsExactly(new Entry(staff, staff, null, "NOTICE_SENT", "NOTICE " + id, null));
        assertThat(usage("resident_id", reached)).isEmpty();
    }

    @Test
    void aNoticeToOneResidentIsInTheirHistoryAsWrittenByStaffOfTheMunicipality() throws Exception {
        String lg = okinawa.get(6);
        String one = resident(lg, today.minusYears(30));
        NoticeDraft toOne = draft(lg, "個別のお知らせ");
        toOne.setResidentId(one);

        delivery.send(toOne, TERMINAL);

        assertThat(usage("resident_id", one))
                .containsExactly(new Entry(one, staff, lg, "NOTICE_FROM_MUNICIPALITY", "SUCCESS", "NOTICE"));
    }

    @Test
    void anAgencysNoticeToCriteriaIsOneEntryOfTheAgencysOwnAndNoneOfTheResidentsItReaches() throws Exception {
        String lg = okinawa.get(8);
        String reached = resident(lg, today.minusYears(70));

        long id = sendAsTaxAgency("{\"title\":\"年金受給者の確定申告\",\"body\":\"申告は不要な場合があります。\","
                + "\"validFrom\":\"" + today + "\",\"validUntil\":\"" + today.plusDays(30) + "\","
                + "\"audience\":{\"criteria\":{\"lgCode\":\"" + lg + "\",\"minAge\":65}}}");

        assertThat(sees(reached, id)).isTrue();
        assertThat(usage("result", "NOTICE " + id))
                .containsExactly(new Entry("nta", "nta", null, "NOTICE_SENT", "NOTICE " + id, null));
        assertThat(usage("resident_id", reached)).isEmpty();
    }
}

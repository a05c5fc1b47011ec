package jp.mynaportal.notice.benchmark;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;
import jp.mynaportal.notice.model.AudienceFacts;
import jp.mynaportal.notice.model.Notice;
import jp.mynaportal.notice.model.NoticeAudience;
import jp.mynaportal.notice.model.NoticeBroadcast;
import jp.mynaportal.notice.model.NoticeKind;
import jp.mynaportal.notice.model.NoticeReceipt;
import jp.mynaportal.notice.model.SenderKind;
import jp.mynaportal.notice.repository.JpaNoticeRepository;
import jp.mynaportal.platform.schema.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;

/**
 * お知らせ at scale, over the real migrations, entities and JPA repositories (EclipseLink,
 * RESOURCE_LOCAL, a fresh EntityManager per operation as a request gets):
 * <ol>
 * <li>a municipality of {@code -Dresidents} residents (default 1,000,000; a fifth with a child,
 * half of those receiving 児童手当) plus {@code -Dothers} notices to other audiences (default 1,000;
 * a nation's municipalities with a few notices each are tens of thousands, all valid for weeks);</li>
 * <li><b>store</b>: a notice to every resident of the municipality, written and committed (the
 * transaction a counter's 配信する runs); 50 warm-up, then 200 measured;</li>
 * <li><b>unread count</b> of one resident of the municipality with 200 notices (the 200 just
 * stored, some read) and 50 personal ones: the statements of {@code NoticeService.unread()} (the
 * resident's facts with their children, then one count of personal and notices to many unread);
 * 2,000 warm-up, then 3 rounds
 * of 2,000, medians of the rounds' percentiles.</li>
 * </ol>
 * Run: see docs/PERFORMANCE.md.
 */
public final class NoticeBenchmark {

    private static final Logger LOG = Logger.getLogger(NoticeBenchmark.class.getName());
    private static final String LG = "131016";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private NoticeBenchmark() {}

    public static void main(String[] args) throws Exception {
        int residents = Integer.getInteger("residents", 1_000_000);
        String url = System.getProperty("url", "jdbc:h2:mem:noticebench;DB_CLOSE_DELAY=-1");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("");
        new SchemaMigrator(dataSource).migrate();

        long started = System.nanoTime();
        String someone = seed(dataSource, residents);
        report("seeded %,d residents in %s in %d s", residents, LG, (System.nanoTime() - started) / 1_000_000_000L);

        EntityManagerFactory emf = Persistence.createEntityManagerFactory(
                "notice-benchmark",
                Map.of(
                        "eclipselink.persistencexml", "META-INF/notice-benchmark-persistence.xml",
                        "jakarta.persistence.jdbc.url", url,
                        "jakarta.persistence.jdbc.user", ""));
        others(emf, Integer.getInteger("others", 1_000));
        for (int i = 0; i < 50; i++) {
            storeToAll(emf, "warm-up " + i, "131024");
        }
        long[] store = new long[200];
        for (int i = 0; i < store.length; i++) {
            long t = System.nanoTime();
            storeToAll(emf, "お知らせ " + i, LG);
            store[i] = System.nanoTime() - t;
        }
        report("store a notice to all %,d residents: %s", residents, percentiles(store));

        long reachStarted = System.nanoTime();
        long reach = reach(emf);
        report(
                "reach preview of that notice: %,d residents in %.1f ms",
                reach, (System.nanoTime() - reachStarted) / 1e6);

        personalAndReads(emf, someone);
        long unread = unread(emf, someone);
        report("resident with 200 notices to many and 50 personal: %d unread", unread);
        for (int i = 0; i < 2_000; i++) {
            unread(emf, someone);
        }
        double[][] rounds = new double[3][];
        for (int r = 0; r < rounds.length; r++) {
            long[] nanos = new long[2_000];
            for (int i = 0; i < nanos.length; i++) {
                long t = System.nanoTime();
                unread(emf, someone);
                nanos[i] = System.nanoTime() - t;
            }
            rounds[r] = percentileValues(nanos);
        }
        report(
                "unread count: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (medians of 3 rounds of 2,000)",
                median(rounds, 0), median(rounds, 1), median(rounds, 2));
        emf.close();
    }

    /** The municipality's residents; returns one of them born in 1985 who has a child. */
    private static String seed(JdbcDataSource dataSource, int count) throws Exception {
        Random random = new Random(42);
        Timestamp now = Timestamp.from(Instant.now());
        String someone = null;
        try (Connection c = dataSource.getConnection();
                PreparedStatement resident = c.prepareStatement(
                        "INSERT INTO resident (id, full_name, address, birth_date, lg_code, created_at) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement child = c.prepareStatement(
                        "INSERT INTO resident_child (id, resident_id, birth_date, child_allowance) VALUES (?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            long childId = 1;
            for (int i = 0; i < count; i++) {
                String id = new UUID(random.nextLong(), random.nextLong()).toString();
                LocalDate born = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(365 * 90));
                if (someone == null && born.getYear() == 1985) {
                    someone = id;
                    born = LocalDate.of(1985, 4, 12);
                }
                resident.setString(1, id);
                resident.setString(2, "住民" + i);
                resident.setString(3, "東京都千代田区");
                resident.setDate(4, Date.valueOf(born));
                resident.setString(5, LG);
                resident.setTimestamp(6, now);
                resident.addBatch();
                if (id.equals(someone) || i % 5 == 0) {
                    child.setLong(1, childId++);
                    child.setString(2, id);
                    child.setDate(3, Date.valueOf(LocalDate.of(2010, 1, 1).plusDays(random.nextInt(365 * 16))));
                    child.setBoolean(4, i % 10 == 0);
                    child.addBatch();
                }
                if (i % 5_000 == 4_999) {
                    resident.executeBatch();
                    child.executeBatch();
                    c.commit();
                }
            }
            resident.executeBatch();
            child.executeBatch();
            c.commit();
        }
        return someone;
    }

    private static void others(EntityManagerFactory emf, int count) throws Exception {
        Random random = new Random(7);
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        JpaNoticeRepository notices = repository(new JpaNoticeRepository(), em);
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            NoticeAudience audience = i % 3 == 0
                    ? NoticeAudience.resident(UUID.randomUUID().toString())
                    : NoticeAudience.criteria(
                            String.format("%06d", 10_000 + random.nextInt(460_000)),
                            random.nextBoolean() ? 65 : null,
                            null,
                            random.nextBoolean() ? 6 : null,
                            random.nextInt(4) == 0);
            notices.addBroadcast(broadcast("他のお知らせ " + i, "131024", audience, now));
        }
        em.getTransaction().commit();
        em.close();
    }

    private static void storeToAll(EntityManagerFactory emf, String title, String lg) throws Exception {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            repository(new JpaNoticeRepository(), em)
                    .addBroadcast(
                            broadcast(title, lg, NoticeAudience.criteria(lg, null, null, null, false), Instant.now()));
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    private static NoticeBroadcast broadcast(String title, String lg, NoticeAudience audience, Instant now) {
        return new NoticeBroadcast(
                SenderKind.MUNICIPALITY,
                lg,
                "benchmark",
                title,
                "本文です。".repeat(40),
                null,
                null,
                null,
                now.minus(1, ChronoUnit.DAYS),
                now.plus(30, ChronoUnit.DAYS),
                audience,
                now);
    }

    private static long reach(EntityManagerFactory emf) throws Exception {
        EntityManager em = emf.createEntityManager();
        try {
            return repository(new JpaNoticeRepository(), em)
                    .countReach(NoticeAudience.criteria(LG, null, null, null, false), LocalDate.now(JAPAN));
        } finally {
            em.close();
        }
    }

    /** 50 personal notices (25 read), and 75 of the 200 notices to many read. */
    private static void personalAndReads(EntityManagerFactory emf, String residentId) throws Exception {
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        JpaNoticeRepository notices = repository(new JpaNoticeRepository(), em);
        Instant now = Instant.now();
        for (int i = 0; i < 50; i++) {
            Notice notice = new Notice(
                    residentId, residentId, NoticeKind.APPLICATION_RECEIVED, List.of("手続", "R-" + i), null, null, now);
            if (i % 2 == 0) {
                notice.markRead(now);
            }
            notices.add(notice);
        }
        List<Long> mine = em.createQuery(
                        "SELECT b.id FROM NoticeBroadcast b WHERE b.audience.lgCode = :lg ORDER BY b.id", Long.class)
                .setParameter("lg", LG)
                .setMaxResults(75)
                .getResultList();
        for (long id : mine) {
            NoticeReceipt receipt = new NoticeReceipt(id, residentId);
            receipt.markRead(now);
            notices.addReceipt(receipt);
        }
        em.getTransaction().commit();
        em.close();
    }

    /** What NoticeService.unread() asks the database, with a fresh EntityManager as a request has. */
    private static long unread(EntityManagerFactory emf, String residentId) throws Exception {
        EntityManager em = emf.createEntityManager();
        try {
            JpaNoticeRepository notices = repository(new JpaNoticeRepository(), em);
            AudienceFacts facts =
                    notices.findFacts(residentId, LocalDate.now(JAPAN)).orElseThrow();
            return notices.countAllUnread(facts, Instant.now());
        } finally {
            em.close();
        }
    }

    private static <T> T repository(T repository, EntityManager em) throws ReflectiveOperationException {
        Field field = repository.getClass().getDeclaredField("em");
        field.setAccessible(true);
        field.set(repository, em);
        return repository;
    }

    private static double[] percentileValues(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new double[] {
            sorted[(int) (sorted.length * 0.50)] / 1e6,
            sorted[(int) (sorted.length * 0.95)] / 1e6,
            sorted[(int) (sorted.length * 0.99)] / 1e6
        };
    }

    private static String percentiles(long[] nanos) {
        double[] p = percentileValues(nanos);
        long max = Arrays.stream(nanos).max().orElse(0);
        return String.format(
                Locale.ROOT, "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms", p[0], p[1], p[2], max / 1e6);
    }

    private static double median(double[][] rounds, int index) {
        double[] values =
                Arrays.stream(rounds).mapToDouble(r -> r[index]).sorted().toArray();
        return values[values.length / 2];
    }

    private static void report(String format, Object... values) {
        LOG.info(() -> String.format(Locale.ROOT, format, values));
    }
}

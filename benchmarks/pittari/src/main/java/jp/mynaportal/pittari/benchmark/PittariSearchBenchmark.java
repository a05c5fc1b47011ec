package jp.mynaportal.pittari.benchmark;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import jp.mynaportal.municipality.repository.JpaMunicipalityRepository;
import jp.mynaportal.pittari.internal.DefaultPittariCatalogueService;
import jp.mynaportal.pittari.internal.DefaultPittariKeywordService;
import jp.mynaportal.pittari.internal.ProcedureIndex;
import jp.mynaportal.pittari.model.CategoryCount;
import jp.mynaportal.pittari.model.ProcedureCategory;
import jp.mynaportal.pittari.repository.JpaProcedureRepository;
import jp.mynaportal.platform.schema.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Service-level latency of ぴったりサービス searches over the full national catalogue, on an
 * in-memory H2 migrated exactly as at first start. Each operation runs as a request would: a fresh
 * EntityManager, the real JPA repositories and the real service classes. Prints the first-start
 * migration time, then p50/p95/p99 per operation for each round and the medians over the rounds.
 * Run: see docs/PERFORMANCE.md, section ぴったりサービス search over HTTP.
 */
public final class PittariSearchBenchmark {

    private static final Logger LOG = Logger.getLogger(PittariSearchBenchmark.class.getName());

    private static final String URL = "jdbc:h2:mem:pittari-benchmark;DB_CLOSE_DELAY=-1";
    private static final String[] KEYWORDS = {
        "子育て",
        "こそだて",
        "子育てる",
        "ｺｿﾀﾞﾃ",
        "介護",
        "転出届",
        "てんしゅつ",
        "粗大ごみ",
        "児童手当 現況届",
        "証明書",
        "予防接種",
        "図書館",
        "國民健康保險",
        "保育",
        "いぬ"
    };
    private static final int WARMUP = 2_000;
    private static final int MEASURED = 3_000;
    private static final int ROUNDS = 3;

    private PittariSearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(URL);
        long started = System.nanoTime();
        new SchemaMigrator(dataSource).migrate();
        LOG.info(String.format(
                Locale.ROOT,
                "first start: migrations V1-V12 on H2 in %d ms",
                (System.nanoTime() - started) / 1_000_000));

        EntityManagerFactory emf = Persistence.createEntityManagerFactory(
                "pittari-benchmark", Map.of("jakarta.persistence.jdbc.url", URL, "jakarta.persistence.jdbc.user", ""));
        EntityManager indexEm = emf.createEntityManager();
        ProcedureIndex index = new ProcedureIndex(new JpaProcedureRepository(indexEm));
        List<String> codes = indexEm.createQuery(
                        "SELECT DISTINCT p.lgCode FROM MunicipalProcedure p ORDER BY p.lgCode", String.class)
                .getResultList();
        long catalogue = new JpaProcedureRepository(indexEm).countPublished();
        LOG.info(String.format(
                Locale.ROOT,
                "catalogue: %d municipalities and wards, %d published procedures",
                codes.size(),
                catalogue));

        Random random = new Random(20261201L);
        Map<String, Consumer<Services>> operations = new java.util.LinkedHashMap<>();
        operations.put("category search (ぴったり検索 list + 該当件数)", s -> {
            String code = codes.get(random.nextInt(codes.size()));
            Set<ProcedureCategory> chosen = someCategories(s.catalogue.categoriesOf(code), random);
            s.catalogue.countByCategories(code, chosen);
            s.catalogue.findByCategories(code, chosen);
        });
        operations.put(
                "categories with counts", s -> s.catalogue.categoriesOf(codes.get(random.nextInt(codes.size()))));
        operations.put(
                "keyword search (Kuromoji, highlighted)",
                s -> s.keyword.search(
                        codes.get(random.nextInt(codes.size())), KEYWORDS[random.nextInt(KEYWORDS.length)]));
        operations.put(
                "一覧から検索 (all by category)", s -> s.catalogue.listByCategory(codes.get(random.nextInt(codes.size()))));

        for (Map.Entry<String, Consumer<Services>> operation : operations.entrySet()) {
            run(emf, index, operation.getValue(), WARMUP);
            double[][] rounds = new double[ROUNDS][];
            for (int r = 0; r < ROUNDS; r++) {
                rounds[r] = percentiles(run(emf, index, operation.getValue(), MEASURED));
                LOG.info(String.format(
                        Locale.ROOT,
                        "  %s round %d: p50 %.3f ms, p95 %.3f ms, p99 %.3f ms",
                        operation.getKey(),
                        r + 1,
                        rounds[r][0],
                        rounds[r][1],
                        rounds[r][2]));
            }
            LOG.info(String.format(
                    Locale.ROOT,
                    "%s — median of %d rounds of %d: p50 %.3f ms, p95 %.3f ms, p99 %.3f ms",
                    operation.getKey(),
                    ROUNDS,
                    MEASURED,
                    median(rounds, 0),
                    median(rounds, 1),
                    median(rounds, 2)));
        }
        indexEm.close();
        emf.close();
    }

    private record Services(DefaultPittariCatalogueService catalogue, DefaultPittariKeywordService keyword) {}

    private static long[] run(EntityManagerFactory emf, ProcedureIndex index, Consumer<Services> operation, int count)
            throws ReflectiveOperationException {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            EntityManager em = emf.createEntityManager();
            try {
                JpaProcedureRepository procedures = new JpaProcedureRepository(em);
                JpaMunicipalityRepository municipalities = municipalityRepository(em);
                operation.accept(new Services(
                        new DefaultPittariCatalogueService(procedures, municipalities),
                        new DefaultPittariKeywordService(procedures, municipalities, index)));
            } finally {
                em.close();
            }
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static JpaMunicipalityRepository municipalityRepository(EntityManager em)
            throws ReflectiveOperationException {
        JpaMunicipalityRepository repository = new JpaMunicipalityRepository();
        Field field = JpaMunicipalityRepository.class.getDeclaredField("em");
        field.setAccessible(true);
        field.set(repository, em);
        return repository;
    }

    private static Set<ProcedureCategory> someCategories(List<CategoryCount> available, Random random) {
        Set<ProcedureCategory> chosen = EnumSet.noneOf(ProcedureCategory.class);
        for (CategoryCount count : available) {
            if (random.nextBoolean()) {
                chosen.add(count.category());
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(available.get(random.nextInt(available.size())).category());
        }
        return chosen;
    }

    private static double[] percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new double[] {at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99)};
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }

    private static double median(double[][] rounds, int column) {
        List<Double> values = new ArrayList<>();
        for (double[] round : rounds) {
            values.add(round[column]);
        }
        values.sort(Double::compare);
        return values.get(values.size() / 2);
    }
}

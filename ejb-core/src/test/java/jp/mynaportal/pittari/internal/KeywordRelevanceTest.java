package jp.mynaportal.pittari.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Precision@3 and recall@20 of the keyword search over the relevance sets ({@code relevance-ja.tsv},
 * {@code relevance-en.tsv}), against the floors recorded in docs/PERFORMANCE.md: a change that makes
 * residents' searches worse fails here.
 */
class KeywordRelevanceTest {

    private static final Logger LOG = Logger.getLogger(KeywordRelevanceTest.class.getName());

    private static final double JA_PRECISION_FLOOR = 0.95;
    private static final double JA_RECALL_FLOOR = 0.95;
    private static final double EN_PRECISION_FLOOR = 0.9;
    private static final double EN_RECALL_FLOOR = 0.95;

    private static final ProcedureIndex INDEX = new ProcedureIndex(new TemplateOnlyRepository());

    /** One line of a relevance set: what a resident typed and the templates that answer it. */
    record Judgement(String query, Set<String> relevant) {}

    /** Mean precision@3 and recall@20 of one set. */
    record Figures(int queries, double precisionAt3, double recallAt20) {}

    @Test
    void japaneseQueriesKeepTheirPrecisionAndRecall() throws IOException {
        Figures figures = measure("relevance-ja.tsv", "ja");
        assertThat(figures.queries()).isGreaterThanOrEqualTo(100);
        assertThat(figures.precisionAt3()).isGreaterThanOrEqualTo(JA_PRECISION_FLOOR);
        assertThat(figures.recallAt20()).isGreaterThanOrEqualTo(JA_RECALL_FLOOR);
    }

    @Test
    void englishQueriesKeepTheirPrecisionAndRecall() throws IOException {
        Figures figures = measure("relevance-en.tsv", "en");
        assertThat(figures.queries()).isGreaterThanOrEqualTo(30);
        assertThat(figures.precisionAt3()).isGreaterThanOrEqualTo(EN_PRECISION_FLOOR);
        assertThat(figures.recallAt20()).isGreaterThanOrEqualTo(EN_RECALL_FLOOR);
    }

    private static Figures measure(String resource, String language) throws IOException {
        List<Judgement> judgements = load(resource);
        double precision = 0;
        double recall = 0;
        for (Judgement judgement : judgements) {
            List<String> found = INDEX.search(KeywordQuery.parse(judgement.query()), "131105", 20).stream()
                    .map(hit -> hit.key().substring(ProcedureIndex.TEMPLATE_PREFIX.length()))
                    .toList();
            List<String> top3 = found.subList(0, Math.min(3, found.size()));
            double p = (double)
                            top3.stream().filter(judgement.relevant()::contains).count()
                    / Math.min(3, judgement.relevant().size());
            double r = (double) found.stream()
                            .filter(judgement.relevant()::contains)
                            .count()
                    / Math.min(20, judgement.relevant().size());
            precision += p;
            recall += r;
            double queryPrecision = p;
            double queryRecall = r;
            LOG.info(() -> String.format(
                    Locale.ROOT, "%s\tP@3 %.2f\tR@20 %.2f\t%s", judgement.query(), queryPrecision, queryRecall, found));
        }
        Figures figures = new Figures(judgements.size(), precision / judgements.size(), recall / judgements.size());
        LOG.info(() -> String.format(
                Locale.ROOT,
                "Keyword relevance (%s): %d queries, precision@3 %.3f, recall@20 %.3f",
                language,
                figures.queries(),
                figures.precisionAt3(),
                figures.recallAt20()));
        return figures;
    }

    private static List<Judgement> load(String resource) throws IOException {
        List<Judgement> judgements = new ArrayList<>();
        try (InputStream in = KeywordRelevanceTest.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                judgements.add(new Judgement(parts[0], new LinkedHashSet<>(Arrays.asList(parts[1].split(" ")))));
            }
        }
        return judgements;
    }
}

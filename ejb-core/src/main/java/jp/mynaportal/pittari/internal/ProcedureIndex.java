package jp.mynaportal.pittari.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import jp.mynaportal.pittari.model.EnglishText;
import jp.mynaportal.pittari.model.MunicipalProcedure;
import jp.mynaportal.pittari.model.ProcedureCategory;
import jp.mynaportal.pittari.model.ProcedureTemplate;
import jp.mynaportal.pittari.model.ProcedureText;
import jp.mynaportal.pittari.repository.ProcedureRepository;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The keyword index, in memory, built from the database on first use: one document per national
 * template (scope {@code national}, with its English texts) and one per municipality procedure with
 * texts of its own (scope its lg_code, Japanese only). Which templates a municipality offers is not indexed; the service filters the hits
 * by the municipality's published procedures, so that withdrawals show at once.
 */
@ApplicationScoped
public class ProcedureIndex {

    static final String KEY = "key";
    static final String SCOPE = "scope";
    static final String NATIONAL = "national";
    static final String TEMPLATE_PREFIX = "T:";
    static final String PROCEDURE_PREFIX = "P:";

    /** A hit scoring below this share of the best hit's score is a weak match and is not listed. */
    static final float WEAK_MATCH = 0.15f;

    private static final Logger LOG = Logger.getLogger(ProcedureIndex.class.getName());

    /** A matching document: {@code T:<template id>} or {@code P:<procedure id>}, and its score. */
    record Hit(String key, float score) {}

    @Inject
    private ProcedureRepository repository;

    private volatile IndexSearcher searcher;

    public ProcedureIndex() {
        // for CDI
    }

    /** For use outside a container (tests, benchmarks). */
    public ProcedureIndex(ProcedureRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    /** Documents matching the query that are national or belong to the municipality, best first. */
    List<Hit> search(KeywordQuery query, String lgCode, int limit) {
        IndexSearcher current = searcher();
        BooleanQuery.Builder scoped = new BooleanQuery.Builder()
                .add(query.toLucene(), Occur.MUST)
                .add(
                        new BooleanQuery.Builder()
                                .add(new TermQuery(new Term(SCOPE, NATIONAL)), Occur.SHOULD)
                                .add(new TermQuery(new Term(SCOPE, lgCode)), Occur.SHOULD)
                                .build(),
                        Occur.FILTER);
        try {
            TopDocs top = current.search(scoped.build(), limit);
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc doc : top.scoreDocs) {
                if (doc.score < top.scoreDocs[0].score * WEAK_MATCH) {
                    break;
                }
                hits.add(new Hit(current.storedFields().document(doc.doc).get(KEY), doc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the index again from the database, e.g. after municipalities changed their texts. */
    public synchronized void rebuild() {
        searcher = build();
    }

    private IndexSearcher searcher() {
        IndexSearcher current = searcher;
        if (current == null) {
            synchronized (this) {
                current = searcher;
                if (current == null) {
                    current = build();
                    searcher = current;
                }
            }
        }
        return current;
    }

    private IndexSearcher build() {
        long started = System.nanoTime();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        int documents = 0;
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(PittariAnalyzers.perField()))) {
            for (ProcedureTemplate template : repository.findAllTemplates()) {
                Document document = document(
                        TEMPLATE_PREFIX + template.getId(), NATIONAL, template.getCategory(), template.getText());
                template.getEnglishText().ifPresent(english -> addEnglish(document, english));
                writer.addDocument(document);
                documents++;
            }
            for (MunicipalProcedure procedure : repository.findPublishedWithOwnText()) {
                writer.addDocument(document(
                        PROCEDURE_PREFIX + procedure.getId(),
                        procedure.getLgCode(),
                        procedure.getCategory(),
                        procedure.getText()));
                documents++;
            }
            writer.commit();
            IndexSearcher built = new IndexSearcher(DirectoryReader.open(directory));
            int count = documents;
            LOG.info(() -> "Pittari keyword index built: " + count + " documents in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            return built;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addEnglish(Document document, EnglishText english) {
        document.add(new TextField(PittariAnalyzers.NAME_EN, english.name(), Field.Store.NO));
        document.add(new TextField(PittariAnalyzers.BODY_EN, english.summary(), Field.Store.NO));
    }

    private static Document document(String key, String scope, ProcedureCategory category, ProcedureText text) {
        String body = text.summary() + "\n" + text.eligibility() + "\n" + text.requiredDocuments();
        Document document = new Document();
        document.add(new StringField(KEY, key, Field.Store.YES));
        document.add(new StringField(SCOPE, scope, Field.Store.NO));
        document.add(new TextField(PittariAnalyzers.NAME, text.name(), Field.Store.NO));
        document.add(new TextField(PittariAnalyzers.NAME_READING, text.name() + "\n" + text.reading(), Field.Store.NO));
        document.add(new TextField(PittariAnalyzers.CATEGORY, category.label(), Field.Store.NO));
        document.add(new TextField(PittariAnalyzers.CATEGORY_READING, category.label(), Field.Store.NO));
        document.add(new TextField(PittariAnalyzers.BODY, body, Field.Store.NO));
        document.add(new TextField(PittariAnalyzers.BODY_READING, body, Field.Store.NO));
        return document;
    }
}

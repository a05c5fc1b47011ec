package jp.mynaportal.pittari.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The catalogue's dictionaries of everyday words and variants, {@code pittari/synonyms-ja.txt} and
 * {@code pittari/synonyms-en.txt} (Solr synonym format, maintained by the catalogue team), read once
 * with the analysis of their language so that their entries match the query's tokens.
 */
final class PittariSynonyms {

    static final String RESOURCE = "/pittari/synonyms-ja.txt";
    static final String ENGLISH_RESOURCE = "/pittari/synonyms-en.txt";

    private PittariSynonyms() {}

    /** The Japanese dictionary as a Lucene synonym map; a missing or malformed file stops the index. */
    static SynonymMap load(Analyzer words) {
        return load(RESOURCE, words);
    }

    /** The English dictionary ({@code pittari/synonyms-en.txt}), read with the English analysis. */
    static SynonymMap loadEnglish(Analyzer english) {
        return load(ENGLISH_RESOURCE, english);
    }

    private static SynonymMap load(String resource, Analyzer analyzer) {
        try (InputStream in = PittariSynonyms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing " + resource);
            }
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        }
    }
}

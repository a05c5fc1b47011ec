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
 * The catalogue's dictionary of everyday words and variants, {@code pittari/synonyms-ja.txt} (Solr
 * synonym format, maintained by the catalogue team), read once with the words analysis so that its
 * entries match the query's tokens.
 */
final class PittariSynonyms {

    static final String RESOURCE = "/pittari/synonyms-ja.txt";

    private PittariSynonyms() {}

    /** The dictionary as a Lucene synonym map; a missing or malformed file stops the index. */
    static SynonymMap load(Analyzer words) {
        try (InputStream in = PittariSynonyms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("Missing " + RESOURCE);
            }
            SolrSynonymParser parser = new SolrSynonymParser(true, true, words);
            parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
    }
}

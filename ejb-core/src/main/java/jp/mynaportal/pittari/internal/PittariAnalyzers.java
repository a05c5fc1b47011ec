package jp.mynaportal.pittari.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analyses of the keyword index: words (base forms), readings (hiragana pieces), and for
 * queries the words with the catalogue's synonyms ({@link PittariSynonyms}).
 */
final class PittariAnalyzers {

    static final String NAME = "name";
    static final String NAME_READING = "name_reading";
    static final String BODY = "body";
    static final String BODY_READING = "body_reading";
    static final String CATEGORY = "category";
    static final String CATEGORY_READING = "category_reading";
    static final String NAME_EN = "name_en";
    static final String BODY_EN = "body_en";

    private PittariAnalyzers() {}

    /** Words: Kuromoji search mode, base forms, particles and auxiliaries dropped, widths folded. */
    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
                return new TokenStreamComponents(tokenizer, wordFilters(tokenizer));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return JapaneseText.normalizing(reader);
            }
        };
    }

    /**
     * Words without gaps where particles were dropped: the analysis that reads the synonym
     * dictionary, whose entries (ほいくえん, がくどう) may be cut into pieces around a particle.
     */
    static Analyzer closedWords() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
                return new TokenStreamComponents(tokenizer, new ClosingGapsFilter(wordFilters(tokenizer)));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return JapaneseText.normalizing(reader);
            }
        };
    }

    /** The words of a query without gaps, each also standing for its synonyms in the dictionary. */
    static Analyzer wordsWithSynonyms(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
                return new TokenStreamComponents(
                        tokenizer,
                        new SynonymGraphFilter(new ClosingGapsFilter(wordFilters(tokenizer)), synonyms, true));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return JapaneseText.normalizing(reader);
            }
        };
    }

    /** Sets every position increment above one to one. */
    private static final class ClosingGapsFilter extends TokenFilter {

        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

        ClosingGapsFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (increment.getPositionIncrement() > 1) {
                increment.setPositionIncrement(1);
            }
            return true;
        }
    }

    private static TokenStream wordFilters(JapaneseTokenizer tokenizer) {
        TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
        stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
        stream = new CJKWidthFilter(stream);
        stream = new JapaneseKatakanaStemFilter(stream);
        return new LowerCaseFilter(stream);
    }

    /** Readings: see {@link ReadingBigramFilter}. */
    static Analyzer readings() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
                return new TokenStreamComponents(tokenizer, new ReadingBigramFilter(tokenizer));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return JapaneseText.normalizing(reader);
            }
        };
    }

    /** English: Lucene's English analysis (stop words, possessives, Porter stems). */
    static Analyzer english() {
        return new EnglishAnalyzer();
    }

    /** The English analysis without gaps where stop words were dropped, for the dictionary. */
    static Analyzer closedEnglish() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new ClosingGapsFilter(englishFilters(tokenizer)));
            }
        };
    }

    /** The English words of a query without gaps, each also standing for its synonyms. */
    static Analyzer englishWithSynonyms(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(
                        tokenizer,
                        new SynonymGraphFilter(new ClosingGapsFilter(englishFilters(tokenizer)), synonyms, true));
            }
        };
    }

    /** The filters of {@link EnglishAnalyzer}, in its order. */
    private static TokenStream englishFilters(StandardTokenizer tokenizer) {
        TokenStream stream = new EnglishPossessiveFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new PorterStemFilter(stream);
    }

    /** The per-field analyzer of the index. */
    static Analyzer perField() {
        Analyzer readings = readings();
        Analyzer english = english();
        return new PerFieldAnalyzerWrapper(
                words(),
                Map.of(
                        NAME_READING,
                        readings,
                        BODY_READING,
                        readings,
                        CATEGORY_READING,
                        readings,
                        NAME_EN,
                        english,
                        BODY_EN,
                        english));
    }
}

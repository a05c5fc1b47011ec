package jp.mynaportal.pittari.internal;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The two analyses of the keyword index: words (base forms) and readings (hiragana pieces). */
final class PittariAnalyzers {

    static final String NAME = "name";
    static final String NAME_READING = "name_reading";
    static final String BODY = "body";
    static final String BODY_READING = "body_reading";

    private PittariAnalyzers() {}

    /** Words: Kuromoji search mode, base forms, particles and auxiliaries dropped, widths folded. */
    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
                TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
                stream = new JapanesePartOfSpeechStopFilter(
                        stream, org.apache.lucene.analysis.ja.JapaneseAnalyzer.getDefaultStopTags());
                stream = new CJKWidthFilter(stream);
                stream = new JapaneseKatakanaStemFilter(stream);
                stream = new LowerCaseFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return JapaneseText.normalizing(reader);
            }
        };
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

    /** The per-field analyzer of the index. */
    static Analyzer perField() {
        Analyzer readings = readings();
        return new PerFieldAnalyzerWrapper(words(), java.util.Map.of(NAME_READING, readings, BODY_READING, readings));
    }
}

package jp.mynaportal.pittari.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * A resident's keywords, split at spaces (every word must match), each word understood by its
 * words, by its reading and by the everyday words of the synonym dictionary: 子育て, こそだて and ｺｿﾀﾞﾃ
 * read the same, a verb is also tried without its ending (子育てる → こそだて, 子育てする → こそだて),
 * and 保育園 also finds 保育所. A match in the name counts most, then the category, then the
 * descriptions; the resident's own word counts more than a synonym of it. A word in Latin letters
 * is also looked for in the English names and 概要 ("child" finds 児童手当).
 */
final class KeywordQuery {

    /**
     * One word of the input: its content words (base forms), the readings it may stand for, and the
     * words the synonym dictionary adds for it (empty when it has none).
     */
    record Word(
            String text,
            Set<String> baseForms,
            Set<String> readings,
            Set<String> synonyms,
            Set<String> englishTerms,
            Set<String> englishSynonyms) {}

    private static final Analyzer WORDS = PittariAnalyzers.words();
    private static final Analyzer ENGLISH = PittariAnalyzers.english();
    private static final Analyzer ENGLISH_SYNONYMS =
            PittariAnalyzers.englishWithSynonyms(PittariSynonyms.loadEnglish(PittariAnalyzers.closedEnglish()));
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    private static final Analyzer SYNONYMS =
            PittariAnalyzers.wordsWithSynonyms(PittariSynonyms.load(PittariAnalyzers.closedWords()));
    private static final float SYNONYM_WEIGHT = 0.7f;

    /**
     * How much the other matches of a word add to its best one: a word's score is its best match
     * (the name before the category before the descriptions) plus this share of the rest, so that
     * long descriptions that repeat a word do not outrank a name that says it.
     */
    private static final float OTHER_FIELDS = 0.2f;

    private static final Set<String> LIGHT_VERBS = Set.of("する", "できる", "いる", "ある", "なる", "れる", "られる");

    private final List<Word> words;

    private KeywordQuery(List<Word> words) {
        this.words = List.copyOf(words);
    }

    /** Parses the input; an input without any letter gives a query without words. */
    static KeywordQuery parse(String input) {
        String normalized = Normalizer.normalize(input, Normalizer.Form.NFKC).trim();
        List<Word> words = new ArrayList<>();
        for (String part : normalized.split("[\\s\\u3000]+")) {
            List<JapaneseText.Token> tokens = JapaneseText.tokenize(part);
            Set<String> readings = new LinkedHashSet<>();
            String full = reading(tokens);
            if (!full.isEmpty()) {
                readings.add(full);
            }
            String stem = stemReading(tokens);
            if (stem.length() >= 2) {
                readings.add(stem);
            }
            Set<String> baseForms = new LinkedHashSet<>();
            for (JapaneseText.Token token : tokens) {
                if (!token.isSymbol() && !token.isParticleOrAuxiliary() && !LIGHT_VERBS.contains(token.baseForm())) {
                    baseForms.add(token.baseForm().toLowerCase(Locale.ROOT));
                }
            }
            if (!readings.isEmpty() || !baseForms.isEmpty()) {
                boolean latin = LATIN.matcher(part).find();
                words.add(new Word(
                        part,
                        baseForms,
                        readings,
                        synonyms(SYNONYMS, part),
                        latin ? terms(ENGLISH, PittariAnalyzers.NAME_EN, part) : Set.of(),
                        latin ? synonyms(ENGLISH_SYNONYMS, part) : Set.of()));
            }
        }
        return new KeywordQuery(words);
    }

    /** The terms an analyzer makes of a text. */
    static Set<String> terms(Analyzer analyzer, String field, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The tokens a dictionary adds for the word. */
    private static Set<String> synonyms(Analyzer analyzer, String word) {
        Set<String> synonyms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(PittariAnalyzers.NAME, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
                    synonyms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return synonyms;
    }

    private static String reading(List<JapaneseText.Token> tokens) {
        StringBuilder reading = new StringBuilder();
        for (JapaneseText.Token token : tokens) {
            if (!token.isSymbol()) {
                reading.append(token.reading());
            }
        }
        return reading.toString();
    }

    /** The reading without trailing auxiliaries and light verbs, and without a final verb's ending. */
    private static String stemReading(List<JapaneseText.Token> tokens) {
        int end = tokens.size();
        boolean stripped = false;
        while (end > 1
                && (tokens.get(end - 1).isSymbol()
                        || LIGHT_VERBS.contains(tokens.get(end - 1).baseForm())
                        || (tokens.get(end - 1).isParticleOrAuxiliary()
                                && tokens.get(end - 2).isVerb()))) {
            end--;
            stripped = true;
        }
        if (end == 0) {
            return "";
        }
        List<JapaneseText.Token> kept = tokens.subList(0, end);
        String reading = reading(kept);
        JapaneseText.Token last = kept.get(kept.size() - 1);
        if (last.isVerb() && reading.length() > 2) {
            return reading.substring(0, reading.length() - 1);
        }
        return stripped ? reading : "";
    }

    List<Word> words() {
        return words;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * The Lucene query: every word must match in the name, the category or the descriptions, by
     * words, by reading or by a synonym.
     */
    Query toLucene() {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        QueryBuilder builder = new QueryBuilder(WORDS);
        QueryBuilder synonyms = new QueryBuilder(SYNONYMS);
        QueryBuilder english = new QueryBuilder(ENGLISH);
        QueryBuilder englishSynonyms = new QueryBuilder(ENGLISH_SYNONYMS);
        for (Word word : words) {
            List<Query> any = new ArrayList<>();
            addWords(any, builder, PittariAnalyzers.NAME, word.text(), 4f);
            addWords(any, builder, PittariAnalyzers.CATEGORY, word.text(), 2f);
            addWords(any, builder, PittariAnalyzers.BODY, word.text(), 1.5f);
            if (!word.synonyms().isEmpty()) {
                addWords(any, synonyms, PittariAnalyzers.NAME, word.text(), 4f * SYNONYM_WEIGHT);
                addWords(any, synonyms, PittariAnalyzers.CATEGORY, word.text(), 2f * SYNONYM_WEIGHT);
                addWords(any, synonyms, PittariAnalyzers.BODY, word.text(), 1.5f * SYNONYM_WEIGHT);
            }
            if (!word.englishTerms().isEmpty()) {
                addWords(any, english, PittariAnalyzers.NAME_EN, word.text(), 4f);
                addWords(any, english, PittariAnalyzers.BODY_EN, word.text(), 1.5f);
            }
            if (!word.englishSynonyms().isEmpty()) {
                addWords(any, englishSynonyms, PittariAnalyzers.NAME_EN, word.text(), 4f * SYNONYM_WEIGHT);
                addWords(any, englishSynonyms, PittariAnalyzers.BODY_EN, word.text(), 1.5f * SYNONYM_WEIGHT);
            }
            for (String reading : word.readings()) {
                any.add(new BoostQuery(readingQuery(PittariAnalyzers.NAME_READING, reading), 2f));
                any.add(new BoostQuery(readingQuery(PittariAnalyzers.CATEGORY_READING, reading), 1f));
                any.add(new BoostQuery(readingQuery(PittariAnalyzers.BODY_READING, reading), 0.5f));
            }
            all.add(new DisjunctionMaxQuery(any, OTHER_FIELDS), Occur.MUST);
        }
        return all.build();
    }

    private static void addWords(List<Query> any, QueryBuilder builder, String field, String text, float boost) {
        Query query = builder.createBooleanQuery(field, text, Occur.MUST);
        if (query != null) {
            any.add(new BoostQuery(query, boost));
        }
    }

    private static Query readingQuery(String field, String reading) {
        if (reading.length() == 1) {
            return new PrefixQuery(new Term(field, reading));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i + 1 < reading.length(); i++) {
            phrase.add(new Term(field, reading.substring(i, i + 2)), i);
        }
        return phrase.build();
    }
}

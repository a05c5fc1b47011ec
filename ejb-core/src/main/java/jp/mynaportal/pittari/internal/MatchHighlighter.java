package jp.mynaportal.pittari.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.mynaportal.pittari.HighlightedText;
import jp.mynaportal.pittari.HighlightedText.Segment;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Marks the words of a text that a keyword query matched: by reading (the query's reading found in
 * the text's running reading, so こそだて marks 子育て) or by the same base form.
 */
final class MatchHighlighter {

    private static final Analyzer ENGLISH = PittariAnalyzers.english();

    /**
     * The Kuromoji tokens of the texts highlighted so far: result lists show the same catalogue
     * names and 概要 again and again, and their analysis was most of a keyword search's time.
     */
    private static final Map<String, List<JapaneseText.Token>> TOKENS = new ConcurrentHashMap<>();

    /** More distinct texts than the catalogue holds: the cache starts again rather than grow. */
    private static final int MAX_CACHED_TEXTS = 20_000;

    private MatchHighlighter() {}

    /** Marks the English words of a text that have the stem of a query word ("children" marks "child"). */
    static HighlightedText highlightEnglish(String text, KeywordQuery query) {
        if (query.words().stream().allMatch(w -> w.englishTerms().isEmpty())) {
            return HighlightedText.plain(text);
        }
        List<Segment> segments = new ArrayList<>();
        int cursor = 0;
        try (TokenStream stream = ENGLISH.tokenStream(PittariAnalyzers.NAME_EN, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String stem = term.toString();
                if (query.words().stream()
                                .anyMatch(w -> w.englishTerms().contains(stem)
                                        || w.englishSynonyms().contains(stem))
                        && offset.startOffset() >= cursor) {
                    if (offset.startOffset() > cursor) {
                        segments.add(new Segment(text.substring(cursor, offset.startOffset()), false));
                    }
                    segments.add(new Segment(text.substring(offset.startOffset(), offset.endOffset()), true));
                    cursor = offset.endOffset();
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (cursor < text.length()) {
            segments.add(new Segment(text.substring(cursor), false));
        }
        return new HighlightedText(segments);
    }

    static HighlightedText highlight(String text, KeywordQuery query) {
        List<JapaneseText.Token> tokens = tokens(text);
        boolean[] matched = new boolean[tokens.size()];
        StringBuilder reading = new StringBuilder();
        List<Integer> owner = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            JapaneseText.Token token = tokens.get(t);
            if (token.isSymbol()) {
                continue;
            }
            reading.append(token.reading());
            for (int i = 0; i < token.reading().length(); i++) {
                owner.add(t);
            }
        }
        String running = reading.toString();
        for (KeywordQuery.Word word : query.words()) {
            for (String wanted : word.readings()) {
                for (int at = running.indexOf(wanted);
                        at >= 0 && !wanted.isEmpty();
                        at = running.indexOf(wanted, at + 1)) {
                    for (int t = owner.get(at); t <= owner.get(at + wanted.length() - 1); t++) {
                        matched[t] = true;
                    }
                }
            }
            for (int t = 0; t < tokens.size(); t++) {
                String base = tokens.get(t).baseForm().toLowerCase(Locale.ROOT);
                if (base.length() >= 2
                        && (word.baseForms().contains(base) || word.synonyms().contains(base))) {
                    matched[t] = true;
                }
            }
        }
        return segments(text, tokens, matched);
    }

    private static List<JapaneseText.Token> tokens(String text) {
        List<JapaneseText.Token> tokens = TOKENS.get(text);
        if (tokens == null) {
            tokens = List.copyOf(JapaneseText.tokenize(text));
            if (TOKENS.size() >= MAX_CACHED_TEXTS) {
                TOKENS.clear();
            }
            TOKENS.put(text, tokens);
        }
        return tokens;
    }

    private static HighlightedText segments(String text, List<JapaneseText.Token> tokens, boolean[] matched) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean currentMatched = false;
        int cursor = 0;
        for (int t = 0; t <= tokens.size(); t++) {
            int start = t < tokens.size() ? Math.max(cursor, tokens.get(t).start()) : text.length();
            int end = t < tokens.size() ? Math.max(start, tokens.get(t).end()) : text.length();
            boolean flag = t < tokens.size() && matched[t];
            if (start > cursor) {
                currentMatched = append(segments, current, currentMatched, text.substring(cursor, start), false);
            }
            if (end > start) {
                currentMatched = append(segments, current, currentMatched, text.substring(start, end), flag);
            }
            cursor = Math.max(cursor, end);
        }
        if (current.length() > 0) {
            segments.add(new Segment(current.toString(), currentMatched));
        }
        return new HighlightedText(segments);
    }

    private static boolean append(
            List<Segment> segments, StringBuilder current, boolean currentMatched, String piece, boolean matched) {
        if (current.length() > 0 && currentMatched != matched) {
            segments.add(new Segment(current.toString(), currentMatched));
            current.setLength(0);
        }
        current.append(piece);
        return matched;
    }
}

package jp.mynaportal.pittari.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns Kuromoji tokens into overlapping two-character pieces of their readings in hiragana, across
 * word boundaries, so that a reading matches however Kuromoji split it: 子育て (コソダテ) and the
 * kana query こそだて (こそ・だ・て) both give こそ そだ だて. Symbols break the stream. Each piece keeps
 * the offsets of the original words it came from.
 */
final class ReadingBigramFilter extends TokenFilter {

    private static final int GAP = 10;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final ReadingAttribute reading = addAttribute(ReadingAttribute.class);
    private final PartOfSpeechAttribute pos = addAttribute(PartOfSpeechAttribute.class);

    private final List<String> pieces = new ArrayList<>();
    private final List<int[]> piecePlaces = new ArrayList<>();
    private boolean collected;
    private int next;

    ReadingBigramFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!collected) {
            collect();
            collected = true;
        }
        if (next >= pieces.size()) {
            return false;
        }
        clearAttributes();
        int[] place = piecePlaces.get(next);
        term.setEmpty().append(pieces.get(next));
        offset.setOffset(place[0], place[1]);
        position.setPositionIncrement(place[2]);
        next++;
        return true;
    }

    private void collect() throws IOException {
        StringBuilder run = new StringBuilder();
        List<int[]> runOffsets = new ArrayList<>();
        int increment = 1;
        while (input.incrementToken()) {
            String partOfSpeech = pos.getPartOfSpeech();
            String kana =
                    JapaneseText.readingChars(reading.getReading() != null ? reading.getReading() : term.toString());
            if ((partOfSpeech != null && partOfSpeech.startsWith("記号")) || kana.isEmpty()) {
                increment = flush(run, runOffsets, increment);
                continue;
            }
            for (int i = 0; i < kana.length(); i++) {
                run.append(kana.charAt(i));
                runOffsets.add(new int[] {offset.startOffset(), offset.endOffset()});
            }
        }
        flush(run, runOffsets, increment);
    }

    private int flush(StringBuilder run, List<int[]> runOffsets, int increment) {
        if (run.isEmpty()) {
            return increment;
        }
        if (run.length() == 1) {
            pieces.add(run.toString());
            piecePlaces.add(new int[] {runOffsets.get(0)[0], runOffsets.get(0)[1], increment});
        }
        for (int i = 0; i + 1 < run.length(); i++) {
            pieces.add(run.substring(i, i + 2));
            piecePlaces.add(new int[] {runOffsets.get(i)[0], runOffsets.get(i + 1)[1], i == 0 ? increment : 1});
        }
        run.setLength(0);
        runOffsets.clear();
        return GAP;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pieces.clear();
        piecePlaces.clear();
        collected = false;
        next = 0;
    }
}

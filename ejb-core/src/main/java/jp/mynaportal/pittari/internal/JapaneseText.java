package jp.mynaportal.pittari.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.ja.JapaneseIterationMarkCharFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Japanese text handling shared by indexing, querying and highlighting: width and NFKC folding
 * (全角 ASCII, 半角カナ), common 旧字体 to 新字体, iteration marks, Kuromoji tokens with their
 * readings in hiragana. Offsets always point into the original text.
 */
final class JapaneseText {

    /** A Kuromoji token of the original text. */
    record Token(int start, int end, String surface, String baseForm, String reading, String partOfSpeech) {

        boolean isSymbol() {
            return partOfSpeech != null && partOfSpeech.startsWith("記号");
        }

        boolean isParticleOrAuxiliary() {
            return partOfSpeech != null && (partOfSpeech.startsWith("助詞") || partOfSpeech.startsWith("助動詞"));
        }

        boolean isVerb() {
            return partOfSpeech != null && partOfSpeech.startsWith("動詞");
        }
    }

    private static final String OLD_FORMS =
            "國国險険學学醫医證証齡齢縣県區区廣広澤沢濱浜邊辺齋斎髙高﨑崎兒児壽寿樂楽" + "與与舊旧體体會会當当發発圖図號号應応賣売歸帰氣気來来戶戸靑青黑黒惠恵榮栄鐵鉄驛駅圓円";

    private static final NormalizeCharMap OLD_FORM_MAP = oldFormMap();

    private static final Analyzer TOKENS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL));
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return normalizing(reader);
        }
    };

    private JapaneseText() {}

    private static NormalizeCharMap oldFormMap() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (int i = 0; i + 1 < OLD_FORMS.length(); i += 2) {
            builder.add(OLD_FORMS.substring(i, i + 1), OLD_FORMS.substring(i + 1, i + 2));
        }
        return builder.build();
    }

    /** Wraps a reader so that what Kuromoji sees is width-folded, NFKC-normalised and in 新字体. */
    static Reader normalizing(Reader reader) {
        Reader widthFolded = new CJKWidthCharFilter(reader);
        Reader nfkc = new NfkcCharFilter(widthFolded);
        Reader newForms = new MappingCharFilter(OLD_FORM_MAP, nfkc);
        return new JapaneseIterationMarkCharFilter(newForms);
    }

    /** The tokens of a text, with readings in hiragana (the surface itself where Kuromoji has none). */
    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = TOKENS.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            ReadingAttribute reading = stream.addAttribute(ReadingAttribute.class);
            BaseFormAttribute baseForm = stream.addAttribute(BaseFormAttribute.class);
            PartOfSpeechAttribute pos = stream.addAttribute(PartOfSpeechAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String surface = term.toString();
                String kana = reading.getReading() != null ? reading.getReading() : surface;
                tokens.add(new Token(
                        offset.startOffset(),
                        offset.endOffset(),
                        surface,
                        baseForm.getBaseForm() != null ? baseForm.getBaseForm() : surface,
                        readingChars(kana),
                        pos.getPartOfSpeech()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Katakana to hiragana, lower case, only letters, digits and the long-vowel mark kept. */
    static String readingChars(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'ァ' && c <= 'ヶ') {
                out.append((char) (c - 0x60));
            } else if (c == 'ー' || Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** NFKC applied code point by code point, with offsets corrected where the length changes. */
    static final class NfkcCharFilter extends BaseCharFilter {
        private String normalized;
        private int position;

        NfkcCharFilter(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (normalized == null) {
                normalized = normalizeAll();
            }
            if (position >= normalized.length()) {
                return -1;
            }
            int n = Math.min(length, normalized.length() - position);
            normalized.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        private String normalizeAll() throws IOException {
            StringBuilder original = new StringBuilder();
            char[] chunk = new char[1024];
            for (int n = input.read(chunk); n != -1; n = input.read(chunk)) {
                original.append(chunk, 0, n);
            }
            StringBuilder out = new StringBuilder(original.length());
            int i = 0;
            while (i < original.length()) {
                int cp = original.codePointAt(i);
                int width = Character.charCount(cp);
                String piece = Normalizer.normalize(original.substring(i, i + width), Normalizer.Form.NFKC);
                int before = out.length();
                out.append(piece);
                int diff = width - piece.length();
                if (diff != 0) {
                    int cumulative = getLastCumulativeDiff() + diff;
                    addOffCorrectMap(before + piece.length(), cumulative);
                }
                i += width;
            }
            return out.toString();
        }
    }
}

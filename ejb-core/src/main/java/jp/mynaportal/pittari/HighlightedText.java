package jp.mynaportal.pittari;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A text cut into pieces, each marked as matching the keywords or not, so that a view can
 * emphasise the matches with its own (escaped) markup; no HTML is produced here.
 */
public record HighlightedText(List<Segment> segments) implements Serializable {

    /** A piece of the text. */
    public record Segment(String text, boolean matched) implements Serializable {

        public Segment {
            Objects.requireNonNull(text, "text");
        }
    }

    public HighlightedText {
        segments = List.copyOf(segments);
    }

    /** A text without matches. */
    public static HighlightedText plain(String text) {
        return new HighlightedText(text.isEmpty() ? List.of() : List.of(new Segment(text, false)));
    }

    /** The text without marks. */
    public String text() {
        StringBuilder text = new StringBuilder();
        segments.forEach(s -> text.append(s.text()));
        return text.toString();
    }

    /** The matched pieces, in order. */
    public List<String> matches() {
        return segments.stream().filter(Segment::matched).map(Segment::text).toList();
    }

    public boolean hasMatch() {
        return segments.stream().anyMatch(Segment::matched);
    }
}

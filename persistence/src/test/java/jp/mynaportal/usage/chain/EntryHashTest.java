package jp.mynaportal.usage.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EntryHashTest {

    private static final Instant AT = Instant.parse("2026-12-02T01:02:03.456789Z");

    private static String hash(long seq, String previous, String subject, String actor, String result) {
        return EntryHash.of(seq, previous, AT, subject, actor, null, "LOGIN", result, "terminal", null);
    }

    @Test
    void isTheSameForTheSameEntry() {
        assertThat(hash(1, EntryHash.GENESIS, "a", "a", "SUCCESS"))
                .isEqualTo(hash(1, EntryHash.GENESIS, "a", "a", "SUCCESS"))
                .hasSize(64);
    }

    @Test
    void changesWithEveryValuePositionAndLink() {
        String entry = hash(1, EntryHash.GENESIS, "a", "a", "SUCCESS");
        assertThat(hash(1, EntryHash.GENESIS, "a", "a", "WRONG_PIN")).isNotEqualTo(entry);
        assertThat(hash(2, EntryHash.GENESIS, "a", "a", "SUCCESS")).isNotEqualTo(entry);
        assertThat(hash(1, entry, "a", "a", "SUCCESS")).isNotEqualTo(entry);
        assertThat(EntryHash.of(
                        1, EntryHash.GENESIS, AT.plusNanos(1000), "a", "a", null, "LOGIN", "SUCCESS", "terminal", null))
                .isNotEqualTo(entry);
    }

    @Test
    void tellsAMissingValueFromAnEmptyOneAndFromAShiftedOne() {
        assertThat(hash(1, EntryHash.GENESIS, null, "a", "SUCCESS"))
                .isNotEqualTo(hash(1, EntryHash.GENESIS, "", "a", "SUCCESS"))
                .isNotEqualTo(hash(1, EntryHash.GENESIS, "-", "a", "SUCCESS"));
        assertThat(hash(1, EntryHash.GENESIS, "ab", "c", "SUCCESS"))
                .isNotEqualTo(hash(1, EntryHash.GENESIS, "a", "bc", "SUCCESS"));
    }
}

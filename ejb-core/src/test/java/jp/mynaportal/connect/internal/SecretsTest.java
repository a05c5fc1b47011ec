package jp.mynaportal.connect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Single-use values and their stored hashes. */
class SecretsTest {

    @Test
    void aSecretMatchesItsHashOnly() {
        String secret = Secrets.random();
        assertThat(Secrets.matches(secret, Secrets.sha256(secret))).isTrue();
        assertThat(Secrets.matches(secret + "x", Secrets.sha256(secret))).isFalse();
        assertThat(Secrets.matches(secret, null)).isFalse();
    }

    @Test
    void randomValuesCarry256BitsAndDiffer() {
        assertThat(Secrets.random()).hasSize(43).isNotEqualTo(Secrets.random());
    }
}

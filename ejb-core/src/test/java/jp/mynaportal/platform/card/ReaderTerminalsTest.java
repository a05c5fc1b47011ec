package jp.mynaportal.platform.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReaderTerminalsTest {

    @Test
    void productionWithoutTheSettingOffersTheReadersToNobodyNotEvenThisMachine() {
        ReaderTerminals terminals = ReaderTerminals.from(key -> null);
        assertThat(terminals.allows("127.0.0.1")).isFalse();
        assertThat(terminals.allows("10.1.2.3")).isFalse();
    }

    @Test
    void theDemoOffersTheReadersToThisMachineOnly() {
        ReaderTerminals terminals = ReaderTerminals.from(Map.of("mynaportal.profile", "demo")::get);
        assertThat(terminals.allows("127.0.0.1")).isTrue();
        assertThat(terminals.allows("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(terminals.allows("192.168.1.20")).isFalse();
    }

    @Test
    void aConfiguredBlockAllowsItsAddressesAndNoOthers() {
        ReaderTerminals terminals = ReaderTerminals.parse("10.1.2.0/24, 10.1.3.17");
        assertThat(terminals.allows("10.1.2.254")).isTrue();
        assertThat(terminals.allows("10.1.3.17")).isTrue();
        assertThat(terminals.allows("10.1.3.18")).isFalse();
        assertThat(terminals.allows("10.1.20.1")).isFalse();
    }

    @Test
    void anIpv6BlockMatchesByPrefix() {
        ReaderTerminals terminals = ReaderTerminals.parse("2001:db8:1::/48");
        assertThat(terminals.allows("2001:db8:1:0:0:0:0:5")).isTrue();
        assertThat(terminals.allows("2001:db8:2:0:0:0:0:5")).isFalse();
    }

    @Test
    void aHostNameIsNeverLookedUpAndNeverAllowed() {
        assertThat(ReaderTerminals.parse("127.0.0.1").allows("localhost")).isFalse();
        assertThatThrownBy(() -> ReaderTerminals.parse("counter.example"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mynaportal.auth.reader-terminals")
                .hasMessageContaining("counter.example");
    }

    @Test
    void aPrefixLongerThanTheAddressIsRefused() {
        assertThatThrownBy(() -> ReaderTerminals.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }
}

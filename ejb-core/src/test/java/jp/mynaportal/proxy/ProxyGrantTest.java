package jp.mynaportal.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import jp.mynaportal.access.ProxyScope;
import org.junit.jupiter.api.Test;

class ProxyGrantTest {

    private static final LocalDate APRIL = LocalDate.of(2027, 4, 1);
    private static final LocalDate JUNE = LocalDate.of(2027, 6, 30);

    private static final ProxyGrant NOTICES_AND_TAX =
            new ProxyGrant(Set.of(ProxyScope.NOTICES, ProxyScope.SELF_INFORMATION), Set.of("tax"), APRIL, JUNE);

    @Test
    void aShorterPeriodWithFewerServicesIsWithinTheGrant() {
        ProxyGrant shorter = new ProxyGrant(Set.of(ProxyScope.NOTICES), Set.of(), APRIL, JUNE.minusDays(10));
        assertThat(shorter.within(NOTICES_AND_TAX)).isTrue();
    }

    @Test
    void anotherServiceIsNotWithinTheGrant() {
        ProxyGrant more = new ProxyGrant(Set.of(ProxyScope.NOTICES, ProxyScope.EXCHANGE), Set.of(), APRIL, JUNE);
        assertThat(more.within(NOTICES_AND_TAX)).isFalse();
    }

    @Test
    void anotherFieldIsNotWithinTheGrant() {
        ProxyGrant more = new ProxyGrant(Set.of(ProxyScope.SELF_INFORMATION), Set.of("tax", "health"), APRIL, JUNE);
        assertThat(more.within(NOTICES_AND_TAX)).isFalse();
    }

    @Test
    void aLongerPeriodIsNotWithinTheGrant() {
        ProxyGrant longer = new ProxyGrant(Set.of(ProxyScope.NOTICES), Set.of(), APRIL, JUNE.plusDays(1));
        assertThat(longer.within(NOTICES_AND_TAX)).isFalse();
    }

    @Test
    void fieldsWithoutSelfInformationAreDropped() {
        ProxyGrant grant = new ProxyGrant(Set.of(ProxyScope.NOTICES), Set.of("tax"), APRIL, JUNE);
        assertThat(grant.fields()).isEmpty();
    }
}

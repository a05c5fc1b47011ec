package jp.mynaportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WellFormedQueryTest {

    @Test
    void percentEncodedUtf8IsWellFormed() {
        assertThat(WellFormedQuery.test("q=%E3%81%93%E3%81%9D%E3%81%A0%E3%81%A6&p=1"))
                .isTrue();
        assertThat(WellFormedQuery.test(null)).isTrue();
    }

    @Test
    void aPercentWithoutTwoHexDigitsIsMalformed() {
        assertThat(WellFormedQuery.test("a=%zz")).isFalse();
        assertThat(WellFormedQuery.test("a=%4")).isFalse();
    }

    @Test
    void bytesThatAreNotUtf8AreMalformed() {
        assertThat(WellFormedQuery.test("q=%ff%fe")).isFalse();
    }

    @Test
    void anEncodedNulIsMalformed() {
        assertThat(WellFormedQuery.test("q=a%00b")).isFalse();
    }

    @Test
    void aLineBreakThatAFormSendsIsWellFormed() {
        assertThat(WellFormedQuery.test("comment=a%0D%0Ab")).isTrue();
    }
}

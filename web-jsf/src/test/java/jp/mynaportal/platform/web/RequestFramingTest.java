package jp.mynaportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestFramingTest {

    private static final List<String> ONE_HOST = List.of("portal.example");

    @Test
    void aPostWithADeclaredLengthIsFramed() {
        assertThat(RequestFraming.test("POST", ONE_HOST, List.of(), "12")).isTrue();
    }

    @Test
    void aChunkedPostIsFramed() {
        assertThat(RequestFraming.test("POST", ONE_HOST, List.of("Chunked"), null))
                .isTrue();
    }

    @Test
    void aGetWithoutBodyOrWithAnEmptyOneIsFramed() {
        assertThat(RequestFraming.test("GET", ONE_HOST, List.of(), null)).isTrue();
        assertThat(RequestFraming.test("DELETE", ONE_HOST, List.of(), "0")).isTrue();
    }

    @Test
    void anHttp10RequestWithoutHostIsFramed() {
        assertThat(RequestFraming.test("GET", List.of(), List.of(), null)).isTrue();
    }

    @Test
    void aBodyOnAGetHeadOrDeleteIsRefused() {
        assertThat(RequestFraming.test("GET", ONE_HOST, List.of(), "3")).isFalse();
        assertThat(RequestFraming.test("HEAD", ONE_HOST, List.of(), "3")).isFalse();
        assertThat(RequestFraming.test("DELETE", ONE_HOST, List.of("chunked"), null))
                .isFalse();
    }

    @Test
    void twoHostHeadersAreRefused() {
        assertThat(RequestFraming.test("GET", List.of("a.example", "b.example"), List.of(), null))
                .isFalse();
    }

    @Test
    void aTransferCodingOtherThanChunkedIsRefused() {
        assertThat(RequestFraming.test("POST", ONE_HOST, List.of("gzip"), null)).isFalse();
        assertThat(RequestFraming.test("POST", ONE_HOST, List.of("gzip, chunked"), null))
                .isFalse();
        assertThat(RequestFraming.test("POST", ONE_HOST, List.of("chunked", "chunked"), null))
                .isFalse();
    }

    @Test
    void transferEncodingTogetherWithContentLengthIsRefused() {
        assertThat(RequestFraming.test("POST", ONE_HOST, List.of("chunked"), "4"))
                .isFalse();
    }
}

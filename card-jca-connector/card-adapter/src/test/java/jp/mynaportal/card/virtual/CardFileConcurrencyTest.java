package jp.mynaportal.card.virtual;

import static jp.mynaportal.card.jpki.Jpki.*;
import static jp.mynaportal.card.testsupport.Apdus.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.testsupport.TestCards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardFileConcurrencyTest {

    @TempDir
    Path folder;

    @Test
    void twentyConcurrentWrongPinsFromThreadsTakeTheCounterExactlyToZero() throws Exception {
        CardFile file = TestCards.shared().copyInto(folder, "threads");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Callable<Integer> attempt = () -> {
                VirtualJpkiCard card = new VirtualJpkiCard(new CardFile(file.path()));
                card.transmit(selectAid(JPKI_AID));
                card.transmit(selectEf(EF_AUTH_PIN));
                start.await();
                return statusWord(card.transmit(verify("0000")));
            };
            answers.add(pool.submit(attempt));
        }
        start.countDown();
        List<Integer> words = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            words.add(answer.get());
        }
        pool.shutdown();

        assertThat(words).filteredOn(w -> (w & 0xFFF0) == 0x63C0).containsExactlyInAnyOrder(0x63C2, 0x63C1, 0x63C0);
        assertThat(words).filteredOn(w -> w == SW_BLOCKED).hasSize(17);
        assertThat(file.read().pin(PinKind.AUTH).triesLeft()).isZero();
    }

    @Test
    void twentyWrongPinsFromFourProcessesTakeTheCounterExactlyToZero() throws Exception {
        CardFile file = TestCards.shared().copyInto(folder, "processes");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            processes.add(new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            WrongPinWorker.class.getName(),
                            file.path().toString(),
                            "5")
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start());
        }
        List<String> words = new ArrayList<>();
        for (Process process : processes) {
            words.addAll(lines(process));
            assertThat(process.waitFor()).isZero();
        }

        assertThat(words).hasSize(20);
        assertThat(words)
                .filteredOn(w -> w.startsWith("63C"))
                .containsExactlyInAnyOrder("63C4", "63C3", "63C2", "63C1", "63C0");
        assertThat(file.read().pin(PinKind.SIGN).triesLeft()).isZero();
    }

    @Test
    void aLockedCardStaysLockedAfterItsFileIsReloaded() {
        CardFile file = TestCards.shared().copyInto(folder, "reload");
        VirtualJpkiCard card = new VirtualJpkiCard(file);
        card.transmit(selectAid(JPKI_AID));
        card.transmit(selectEf(EF_AUTH_PIN));
        for (int i = 0; i < 3; i++) {
            card.transmit(verify("0000"));
        }

        VirtualJpkiCard restarted = new VirtualJpkiCard(new CardFile(file.path()));
        restarted.transmit(selectAid(JPKI_AID));
        restarted.transmit(selectEf(EF_AUTH_PIN));
        assertThat(restarted.transmit(verify(TestCards.AUTH_PIN))).isEqualTo(hex("6983"));
    }

    @Test
    void aCardFileReadsBackTheStateItWasWrittenWith() {
        CardFile file = TestCards.shared().copyInto(folder, "roundtrip");
        CardState state = file.read();
        assertThat(CardFile.decode(CardFile.encode(state)))
                .usingRecursiveComparison()
                .isEqualTo(state);
    }

    private static List<String> lines(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
                    .lines()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

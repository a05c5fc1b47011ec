package jp.mynaportal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.InitialContext;
import jp.mynaportal.auth.internal.AuthSettings;
import jp.mynaportal.card.api.CardException;
import jp.mynaportal.card.api.CardReaders;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The card-reader adapter under Payara's connector pool: 16 sessions keep using one reader while
 * its card is pulled out and put back; the pool drops the broken session
 * ({@code CONNECTION_ERROR_OCCURRED}) and serves every caller again afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class CardReaderPoolH2IT {

    private static final int SESSIONS = 16;

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedH2();
    }

    @Test
    void thePoolRecoversAfterACardIsPulledOutUnderSixteenSessions() throws Exception {
        AuthSettings settings = AuthSettings.fromConfig();
        CardReaders readers = InitialContext.doLookup("java:app/mynaportal/CardReaders");
        String id = "pool-" + UUID.randomUUID();
        Path card = settings.cardFolder().resolve(id + CardFile.EXTENSION);
        byte[] content = Files.readAllBytes(settings.cardFolder().resolve("hanako" + CardFile.EXTENSION));
        Files.write(card, content);
        String reader = LoginServiceContract.READER + id;
        ExecutorService threads = Executors.newFixedThreadPool(SESSIONS);
        try {
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger served = new AtomicInteger();
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                workers.add(threads.submit(() -> {
                    while (running.get()) {
                        try (CardSession session = readers.open(reader)) {
                            session.readCertificate(CertificateKind.AUTH);
                            session.pinStatus(PinKind.AUTH);
                            served.incrementAndGet();
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                    return null;
                }));
            }
            awaitUntil(() -> served.get() > 0);
            int beforePull = served.get();
            Files.delete(card);
            awaitUntil(() -> !failures.isEmpty());
            Path back = Files.write(settings.cardFolder().resolve(id + ".returning"), content);
            Files.move(back, card, StandardCopyOption.ATOMIC_MOVE);
            int atReturn = served.get();
            awaitUntil(() -> served.get() > atReturn);
            running.set(false);
            for (Future<?> worker : workers) {
                worker.get(60, TimeUnit.SECONDS);
            }

            assertThat(beforePull).as("sessions served before the pull").isPositive();
            assertThat(failures).as("sessions that met the pulled card").isNotEmpty();
            assertThat(failures.stream()
                            .filter(failure -> !(failure instanceof CardException))
                            .map(CardReaderPoolH2IT::chain)
                            .toList())
                    .as("failures other than card exceptions while the card was out")
                    .isEmpty();

            List<Callable<String>> afterwards = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                afterwards.add(() -> {
                    try (CardSession session = readers.open(reader)) {
                        session.readCertificate(CertificateKind.AUTH);
                        session.pinStatus(PinKind.AUTH);
                        return "served";
                    } catch (RuntimeException e) {
                        return chain(e);
                    }
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : threads.invokeAll(afterwards, 60, TimeUnit.SECONDS)) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).as("sessions after the card came back").containsOnly("served");
        } finally {
            threads.shutdownNow();
            Files.deleteIfExists(card);
        }
    }

    /** An exception and its causes as text (server classes cannot travel to the test client). */
    private static String chain(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t.getClass().getSimpleName())
                    .append(": ")
                    .append(t.getMessage())
                    .append(" / ");
        }
        return text.toString();
    }

    /** Waits for what the sessions report, at most 30 s (the assertions afterwards say what failed). */
    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}

package jp.mynaportal.card.virtual;

import static jp.mynaportal.card.testsupport.Apdus.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import jp.mynaportal.card.jpki.Jpki;

/**
 * A separate process for {@link CardFileConcurrencyTest}: sends wrong signing passwords from
 * several threads at one card file and prints each status word on its own line.
 */
public final class WrongPinWorker {

    private WrongPinWorker() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        List<String> results = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                VirtualJpkiCard card = new VirtualJpkiCard(new CardFile(file));
                card.transmit(selectAid(Jpki.JPKI_AID));
                card.transmit(selectEf(Jpki.EF_SIGN_PIN));
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                results.add(Integer.toHexString(Jpki.statusWord(card.transmit(verify("WRONG0"))))
                        .toUpperCase());
            });
            worker.start();
            workers.add(worker);
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        results.forEach(System.out::println);
    }
}

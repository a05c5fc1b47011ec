package jp.mynaportal.agency;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code bin/agency}: sends one signed request to the portal as an agency whose key is in the
 * agency folder ({@code <data dir>/agency/<code>/}, where the demo puts its agencies).
 *
 * <pre>
 * bin/agency list
 * bin/agency &lt;agency code&gt; &lt;METHOD&gt; &lt;path&gt; [body file, or - for standard input]
 * </pre>
 *
 * <p>The portal's address is {@code MYNAPORTAL_URL} (default {@code http://localhost:8080}), the
 * folder {@code MYNAPORTAL_AGENCY_DIR} (default {@code <MYNAPORTAL_DATA_DIR or ./data>/agency}).
 * It prints the status line and the answer; the exit status is 0 for a 2xx answer, 1 for another
 * answer, 2 when it could not send.
 */
public final class AgencyCommand {

    private AgencyCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path folder = agencyFolder();
        if (args.length == 1 && args[0].equals("list")) {
            return list(folder, out, err);
        }
        if (args.length < 3 || args.length > 4) {
            err.println("usage: bin/agency list");
            err.println("       bin/agency <agency code> <METHOD> <path> [body file | -]");
            return 2;
        }
        String method = args[1].toUpperCase(Locale.ROOT);
        String target = args[2].startsWith("/") ? args[2] : "/" + args[2];
        try {
            byte[] body = args.length == 4
                    ? (args[3].equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(args[3])))
                    : new byte[0];
            AgencyRequestSigner signer = AgencyRequestSigner.fromFolder(args[0], folder.resolve(args[0]));
            String portal = System.getenv().getOrDefault("MYNAPORTAL_URL", "http://localhost:8080");
            HttpRequest request = HttpRequest.newBuilder(URI.create(portal.replaceAll("/+$", "") + target))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", AgencyRequestSigner.SCHEME + " " + signer.sign(method, target, body))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            out.println("HTTP " + response.statusCode());
            out.println(response.body());
            return response.statusCode() / 100 == 2 ? 0 : 1;
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            err.println("bin/agency: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }

    private static int list(Path folder, PrintStream out, PrintStream err) {
        try (Stream<Path> agencies = Files.list(folder)) {
            agencies.filter(dir -> Files.exists(dir.resolve(AgencyRequestSigner.KEY_FILE)))
                    .filter(dir -> !dir.getFileName().toString().equals("ca"))
                    .map(dir -> dir.getFileName().toString())
                    .sorted()
                    .forEach(out::println);
            return 0;
        } catch (IOException e) {
            err.println("bin/agency: no agency keys in " + folder + " (start the demo once: bin/portal)");
            return 2;
        }
    }

    private static Path agencyFolder() {
        String own = System.getenv("MYNAPORTAL_AGENCY_DIR");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        return Path.of(System.getenv().getOrDefault("MYNAPORTAL_DATA_DIR", "data"))
                .resolve("agency");
    }
}

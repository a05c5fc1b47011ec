package jp.mynaportal.auth.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.mynaportal.auth.token.AuthToken;
import jp.mynaportal.auth.token.CertificateValidator;
import jp.mynaportal.auth.token.TokenValidator;
import jp.mynaportal.card.adapter.CardReadersManagedConnectionFactory;
import jp.mynaportal.card.api.BasicFacts;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.CardReaders;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.api.Sex;
import jp.mynaportal.card.devpki.CardPins;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.devpki.Resident;
import jp.mynaportal.card.transport.VirtualReaderTransport;
import jp.mynaportal.pki.FileCrlSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * One thread: full Web eID token validations per second (JSON, format, algorithm, certificate
 * parse, key usage, validity, PKIX path, cached CRL, signature) next to raw SHA256withRSA
 * verifications per second of the same signature, in the same run, and their ratio. The token is
 * signed by a virtual card through the card stack.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TokenValidationBenchmark {

    private static final String ORIGIN = "https://portal.example";
    private static final String CHALLENGE = Base64.getEncoder().encodeToString(new byte[32]);

    private TokenValidator validator;
    private String token;
    private X509Certificate certificate;
    private byte[] signedData;
    private byte[] signature;

    @Setup
    public void issueCardAndSignToken() throws Exception {
        Path root = Files.createTempDirectory("mynaportal-benchmark");
        DevelopmentPki pki = DevelopmentPki.openOrCreate(root.resolve("pki"));
        pki.issue(
                new Resident(
                        "bench",
                        "123456789018",
                        new BasicFacts("試験 花子", "東京都千代田区", LocalDate.of(1990, 1, 1), Sex.FEMALE)),
                new CardPins("1234".toCharArray(), "BENCH123".toCharArray(), "1234".toCharArray()),
                root.resolve("cards"));
        pki.publishCrls(root.resolve("pki"), Duration.ofDays(1));
        CardReaders readers = (CardReaders) new CardReadersManagedConnectionFactory(
                        new VirtualReaderTransport(root.resolve("cards")), Duration.ofSeconds(5))
                .createConnectionFactory();
        signedData = TokenValidator.signedData(ORIGIN, CHALLENGE);
        try (CardSession card = readers.open(VirtualReaderTransport.READER_PREFIX + "bench")) {
            card.verifyPin(PinKind.AUTH, "1234".toCharArray());
            signature = card.sign(
                    CardKey.AUTH,
                    "SHA-256",
                    MessageDigest.getInstance("SHA-256").digest(signedData));
            certificate = card.readCertificate(CertificateKind.AUTH);
        }
        Base64.Encoder base64 = Base64.getEncoder();
        token = "{\"format\":\"web-eid:1.0\",\"unverifiedCertificate\":\""
                + base64.encodeToString(certificate.getEncoded()) + "\",\"algorithm\":\"RS256\",\"signature\":\""
                + base64.encodeToString(signature) + "\"}";
        Clock clock = Clock.systemUTC();
        validator = new TokenValidator(new CertificateValidator(
                List.of(pki.caCertificate(CardKey.AUTH)),
                new FileCrlSource(List.of(root.resolve("pki").resolve("auth-ca.crl")), clock),
                clock));
        validator.validate(AuthToken.parse(token), ORIGIN, CHALLENGE);
    }

    @Benchmark
    public X509Certificate tokenValidation() {
        return validator.validate(AuthToken.parse(token), ORIGIN, CHALLENGE);
    }

    @Benchmark
    public boolean rawSha256WithRsaVerification() throws Exception {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(signedData);
        return verifier.verify(signature);
    }

    /** Runs both benchmarks and prints their scores and the ratio. */
    public static void main(String[] args) throws Exception {
        double validations = 0;
        double verifications = 0;
        for (RunResult result : new Runner(new OptionsBuilder()
                        .include(TokenValidationBenchmark.class.getName())
                        .build())
                .run()) {
            double score = result.getPrimaryResult().getScore();
            if (result.getParams().getBenchmark().endsWith("tokenValidation")) {
                validations = score;
            } else {
                verifications = score;
            }
        }
        String summary = String.format(
                java.util.Locale.ROOT,
                "token validations/s: %.0f, raw SHA256withRSA verifications/s: %.0f, ratio: %.3f",
                validations,
                verifications,
                validations / verifications);
        java.util.logging.Logger.getLogger(TokenValidationBenchmark.class.getName())
                .info(summary);
    }
}

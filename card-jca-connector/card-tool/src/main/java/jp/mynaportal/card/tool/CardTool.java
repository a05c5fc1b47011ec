package jp.mynaportal.card.tool;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.mynaportal.card.adapter.CardReadersManagedConnectionFactory;
import jp.mynaportal.card.adapter.LocalCardReadersFactory;
import jp.mynaportal.card.api.BasicFacts;
import jp.mynaportal.card.api.CardException;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.api.PinResult;
import jp.mynaportal.card.api.Sex;
import jp.mynaportal.card.api.WebEidToken;
import jp.mynaportal.card.devpki.CardPins;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.devpki.IssuedCard;
import jp.mynaportal.card.devpki.Resident;
import jp.mynaportal.card.transport.CardTransport;
import jp.mynaportal.card.transport.PcscTransport;
import jp.mynaportal.card.transport.VirtualReaderTransport;
import jp.mynaportal.card.virtual.CardFile;

/** The operators' command-line tool for virtual cards, the development PKI and Web eID tokens. */
public final class CardTool {

    static final String USAGE = """
            Usage: java -jar mynaportal-card-tool.jar <command> [options]

              issue     --pki DIR --cards DIR --id ID --my-number 12DIGITS --name NAME --address ADDRESS
                        --birth-date YYYY-MM-DD --sex MALE|FEMALE|NOT_APPLICABLE
                        [--auth-pin 4DIGITS] [--sign-password 6-16 A-Z0-9] [--facts-pin 4DIGITS]
              revoke    --pki DIR --id ID
              list      --pki DIR [--cards DIR]
              reset-pin --pki DIR --cards DIR --id ID --pin auth|sign|facts [--new-pin PIN]
              crl       --pki DIR --out DIR [--hours 24]
              token     --origin URL --challenge NONCE [--pin 4DIGITS] [--algorithm RS256|RS384|RS512]
                        (--card FILE | --pcsc [--reader NAME] [--library PATH])
              phone-login --qr CONTENTS [--pin 4DIGITS] [--algorithm RS256|RS384|RS512]
                        (--card FILE | --pcsc [--reader NAME] [--library PATH])
                        confirms a スマートフォンでログイン QR code shown by the portal, as a phone does

            PINs not given as options are asked for at the console.
            """;

    private final PrintStream out;
    private final PrintStream err;

    /** A tool that writes what it says to these streams (the command line uses the console's). */
    public CardTool(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new CardTool(System.out, System.err).run(args));
    }

    /** Runs a command; answers the exit status (0 done, 1 usage or failure, 2 PIN refused). */
    public int run(String[] args) {
        if (args.length == 0) {
            err.print(USAGE);
            return 1;
        }
        try {
            return switch (args[0]) {
                case "issue" -> issue(new Arguments(args, 1, Set.of()));
                case "revoke" -> revoke(new Arguments(args, 1, Set.of()));
                case "list" -> list(new Arguments(args, 1, Set.of()));
                case "reset-pin" -> resetPin(new Arguments(args, 1, Set.of()));
                case "crl" -> crl(new Arguments(args, 1, Set.of()));
                case "token" -> token(new Arguments(args, 1, Set.of("pcsc")));
                case "phone-login" -> phoneLogin(new Arguments(args, 1, Set.of("pcsc")));
                default -> throw new Arguments.UsageException("Unknown command: " + args[0]);
            };
        } catch (Arguments.UsageException | IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 1;
        } catch (CardException | SecurityException e) {
            err.println(e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("Failed: " + e);
            return 1;
        }
    }

    private int issue(Arguments a) {
        DevelopmentPki pki = DevelopmentPki.openOrCreate(a.path("pki"));
        BasicFacts facts = new BasicFacts(
                a.required("name"),
                a.required("address"),
                LocalDate.parse(a.required("birth-date")),
                Sex.valueOf(a.required("sex").toUpperCase(Locale.ROOT)));
        CardPins pins = new CardPins(
                a.secret("auth-pin", "Auth PIN (4 digits)"),
                a.secret("sign-password", "Signing password (6-16 A-Z 0-9)"),
                a.secret("facts-pin", "Basic-facts PIN (4 digits)"));
        CardFile card =
                pki.issue(new Resident(a.required("id"), a.required("my-number"), facts), pins, a.path("cards"));
        out.println("Issued " + a.required("id") + " -> " + card.path());
        return 0;
    }

    private int revoke(Arguments a) {
        DevelopmentPki.openOrCreate(a.path("pki")).revoke(a.required("id"));
        out.println("Revoked " + a.required("id") + "; publish a new CRL with the crl command");
        return 0;
    }

    private int list(Arguments a) {
        DevelopmentPki pki = DevelopmentPki.openOrCreate(a.path("pki"));
        out.println("card-id\tissued\trevoked\tauth-serial\tsign-serial\ttries(auth/sign/facts)");
        for (IssuedCard card : pki.cards()) {
            String tries = "-";
            if (a.has("cards")) {
                CardFile file = new CardFile(a.path("cards").resolve(card.cardId() + CardFile.EXTENSION));
                if (file.exists()) {
                    var state = file.read();
                    tries = state.pin(PinKind.AUTH).triesLeft() + "/"
                            + state.pin(PinKind.SIGN).triesLeft() + "/"
                            + state.pin(PinKind.BASIC_FACTS).triesLeft();
                }
            }
            out.println(card.cardId() + "\t" + card.issuedAt() + "\t"
                    + card.revocation().map(Object::toString).orElse("-") + "\t"
                    + card.authSerial().toString(16) + "\t" + card.signSerial().toString(16) + "\t" + tries);
        }
        return 0;
    }

    private int resetPin(Arguments a) {
        DevelopmentPki pki = DevelopmentPki.openOrCreate(a.path("pki"));
        PinKind kind = switch (a.required("pin")) {
            case "auth" -> PinKind.AUTH;
            case "sign" -> PinKind.SIGN;
            case "facts" -> PinKind.BASIC_FACTS;
            default -> throw new Arguments.UsageException("--pin is auth, sign or facts");
        };
        CardFile file = new CardFile(a.path("cards").resolve(a.required("id") + CardFile.EXTENSION));
        if (!file.exists()) {
            throw new Arguments.UsageException("No card file " + file.path());
        }
        pki.resetPin(file, kind, a.secret("new-pin", "New " + kind + " PIN"));
        out.println("Reset the " + kind + " PIN of " + a.required("id") + "; " + kind.maxTries() + " tries");
        return 0;
    }

    private int crl(Arguments a) {
        DevelopmentPki pki = DevelopmentPki.openOrCreate(a.path("pki"));
        List<Path> files = pki.publishCrls(a.path("out"), Duration.ofHours(Long.parseLong(a.optional("hours", "24"))));
        files.forEach(file -> out.println("Published " + file));
        return 0;
    }

    private int token(Arguments a) throws Exception {
        Optional<String> token = signedToken(a, a.required("origin"), a.required("challenge"));
        token.ifPresent(out::println);
        return token.isPresent() ? 0 : 2;
    }

    /** Confirms a スマートフォンでログイン code: signs its challenge with the card and posts the token. */
    private int phoneLogin(Arguments a) throws Exception {
        PhoneLoginQr qr = PhoneLoginQr.parse(a.required("qr"));
        Optional<String> token = signedToken(a, qr.origin(), qr.challenge());
        if (token.isEmpty()) {
            return 2;
        }
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(qr.confirmAt())
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", Locale.getDefault().getLanguage())
                        .POST(HttpRequest.BodyPublishers.ofString("{\"authToken\":" + token.get() + "}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        (answer.statusCode() == 200 ? out : err).println(answer.body());
        return answer.statusCode() == 200 ? 0 : 1;
    }

    /** The Web eID token of the card named by the options, or empty (said on err) if its PIN is refused. */
    private Optional<String> signedToken(Arguments a, String origin, String challenge) throws Exception {
        String algorithm = a.optional("algorithm", WebEidToken.ALGORITHM);
        if (!WebEidToken.ALGORITHMS.contains(algorithm)) {
            throw new Arguments.UsageException("--algorithm is one of " + WebEidToken.ALGORITHMS);
        }
        String reader;
        CardTransport transport;
        if (a.has("pcsc")) {
            transport = new PcscTransport(a.optional("library", ""));
            reader = a.has("reader")
                    ? a.required("reader")
                    : transport.readerNames().stream()
                            .findFirst()
                            .orElseThrow(() -> new CardException("No PC/SC reader is attached"));
        } else {
            Path file = a.path("card");
            if (!Files.isRegularFile(file)) {
                throw new Arguments.UsageException("No card file " + file);
            }
            VirtualReaderTransport virtual = new VirtualReaderTransport();
            reader = "Virtual JPKI reader";
            virtual.addReader(reader);
            virtual.insert(reader, new CardFile(file));
            transport = virtual;
        }
        try (LocalCardReadersFactory readers = (LocalCardReadersFactory)
                        new CardReadersManagedConnectionFactory(transport, Duration.ofSeconds(5))
                                .createConnectionFactory();
                CardSession session = readers.open(reader)) {
            if (!session.waitForCard(Duration.ofSeconds(30))) {
                throw new CardException("No My Number card in reader " + reader);
            }
            PinResult result = session.verifyPin(PinKind.AUTH, a.secret("pin", "Auth PIN (4 digits)"));
            if (!result.isOk()) {
                err.println(
                        result.isBlocked()
                                ? "The auth PIN is blocked; it can be unblocked at a municipal counter"
                                : "Wrong auth PIN; " + result.triesLeft() + " tries left");
                return Optional.empty();
            }
            return Optional.of(WebEidToken.create(session, origin, challenge, algorithm));
        }
    }
}

package jp.mynaportal.proxy;

import jakarta.enterprise.inject.spi.CDI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import jp.mynaportal.account.model.ResidentCertificate;
import jp.mynaportal.auth.AuthenticationService;
import jp.mynaportal.card.api.BasicFacts;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.Sex;
import jp.mynaportal.card.devpki.CardPins;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.devpki.IssuedCard;
import jp.mynaportal.card.devpki.Resident;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.support.Callers;

/**
 * People of one test's own, each with a fresh virtual card from the development PKI (so that a
 * registration, a notice or a usage-log entry of one test never meets another's): the card file in
 * the card folder, the resident and the certificate's link to them, written as the operator's
 * seeding would; a card reissued (a newer certificate linked to the same resident) or revoked (on
 * the published CRL). Runs inside the container. {@link #close} removes the card files.
 */
final class ProxyPeople implements AutoCloseable {

    static final String PIN = "2580";
    static final String TERMINAL = "127.0.0.1";

    /** A test's person: their card, resident id and name. */
    record Person(String card, String residentId, String name) {

        String reader() {
            return Callers.READER + card;
        }
    }

    private final List<String> cards = new ArrayList<>();

    /** A new resident of 千代田区 who finished 利用者登録 (the caller is then logged out). */
    Person registered(String surname) throws Exception {
        String name = surname + " " + UUID.randomUUID().toString().substring(0, 6);
        String card = card(name);
        String residentId = UUID.randomUUID().toString();
        Instant now = Instant.now();
        try (Connection connection = dataSource().getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO resident (id, full_name, address, birth_date, lg_code, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, residentId);
                insert.setString(2, name);
                insert.setString(3, "東京都千代田区永田町一丁目7番1号");
                insert.setDate(4, Date.valueOf(LocalDate.of(1970, 1, 1)));
                insert.setString(5, "131016");
                insert.setObject(6, now.atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            link(connection, card, residentId, now);
        }
        Callers.logInRegistered(card, PIN, surname);
        Callers.logOut();
        return new Person(card, residentId, name);
    }

    /** Logs this request in as the person (a resident). */
    void logIn(Person person) {
        Callers.logIn(person.card(), PIN);
    }

    /** Logs this request in as the 代理人 acting for the resident. */
    void actAs(Person proxy, Person resident) {
        logIn(proxy);
        String ticket =
                CDI.current().select(AuthenticationService.class).get().proxyTicket(resident.residentId(), TERMINAL);
        if (!Callers.authenticate(ticket)) {
            throw new IllegalStateException("the proxy ticket was not redeemed");
        }
    }

    /** A new card for the person, linked after their old one: a reissue. */
    Person reissue(Person person) throws Exception {
        String card = card(person.name());
        try (Connection connection = dataSource().getConnection()) {
            link(connection, card, person.residentId(), Instant.now().plusSeconds(1));
        }
        Callers.freshCard(card, PIN);
        return new Person(card, person.residentId(), person.name());
    }

    /** The card's certificates revoked, and a CRL saying so published where the portal reads it. */
    void revoke(Person person) {
        Path data = Path.of("data");
        DevelopmentPki pki = DevelopmentPki.openOrCreate(data.resolve("pki"));
        pki.revoke(person.card());
        pki.publishCrls(data.resolve("pki"), Duration.ofDays(7));
    }

    /** Runs an update on the portal's database (e.g. a period moved into the past). */
    static int update(String sql, Object... values) throws Exception {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            return update.executeUpdate();
        }
    }

    /** The first column of the first row of a query, as a long. */
    static long count(String sql, Object... values) throws Exception {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private String card(String name) {
        String cardId = "px-" + UUID.randomUUID().toString().substring(0, 8);
        Path data = Path.of("data");
        DevelopmentPki pki = DevelopmentPki.openOrCreate(data.resolve("pki"));
        pki.issue(
                new Resident(
                        cardId,
                        "8" + String.format("%011d", Math.abs(cardId.hashCode()) % 100_000_000_000L),
                        new BasicFacts(name, "東京都千代田区永田町一丁目7番1号", LocalDate.of(1970, 1, 1), Sex.FEMALE)),
                new CardPins(PIN.toCharArray(), "TEST2580".toCharArray(), PIN.toCharArray()),
                data.resolve("cards"));
        cards.add(cardId);
        return cardId;
    }

    private static void link(Connection connection, String cardId, String residentId, Instant at) throws Exception {
        DevelopmentPki pki = DevelopmentPki.openOrCreate(Path.of("data").resolve("pki"));
        IssuedCard issued = pki.cards().stream()
                .filter(c -> c.cardId().equals(cardId))
                .findFirst()
                .orElseThrow();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO resident_certificate (certificate_ref, resident_id, card_label, registered_at)"
                        + " VALUES (?, ?, ?, ?)")) {
            insert.setString(
                    1,
                    ResidentCertificate.reference(
                            pki.caCertificate(CardKey.AUTH).getSubjectX500Principal(), issued.authSerial()));
            insert.setString(2, residentId);
            insert.setString(3, cardId);
            insert.setObject(4, at.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    static DataSource dataSource() throws Exception {
        return InitialContext.doLookup("java:app/jdbc/mynaportal");
    }

    @Override
    public void close() throws Exception {
        for (String card : cards) {
            Files.deleteIfExists(Path.of("data").resolve("cards").resolve(card + CardFile.EXTENSION));
        }
    }
}

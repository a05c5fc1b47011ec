package jp.mynaportal.exchange.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;
import jp.mynaportal.exchange.ExchangeEntry;
import jp.mynaportal.exchange.model.ExchangeOutcome;
import jp.mynaportal.platform.PortalProfile;

/**
 * In the demo profile only: realistic exchanges for the demo residents over the last two years
 * between the demo agencies of the registry, stored as the answering agencies report them (through
 * {@link ExchangeRecords}, as the agencies' ledger does); once, a resident who has exchanges keeps
 * them. They come from procedures of everyday life: a 児童手当 claim where the municipality asked
 * 国税庁 for income, pension checks, health-insurance benefits.
 */
@Singleton
@Startup
@DependsOn("DemoAgencies")
@PermitAll
public class DemoExchanges {

    private static final Logger LOG = Logger.getLogger(DemoExchanges.class.getName());

    private static final String OWN = "own";
    private static final String OTHER = "other";

    /** The demo residents' cards and their municipalities' agency codes (see DemoResidents, DemoAgencies). */
    private static final List<String[]> RESIDENTS = List.of(
            new String[] {"hanako", "lg-131016", "lg-131105"},
            new String[] {"taro", "lg-271004", "lg-131016"},
            new String[] {"yuki", "lg-011002", "lg-131016"},
            new String[] {"ken", "lg-131105", "lg-131016"});

    /**
     * A procedure in which one agency asks another for one piece of information; {@link #OWN} is
     * the resident's municipality, {@link #OTHER} a municipality where they lived before.
     */
    private record Scenario(String requester, String provider, String procedure, String information) {}

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario(OWN, "nta", "児童手当法による児童手当の支給に関する事務", "所得情報（国税関係情報）"),
            new Scenario(OWN, OTHER, "児童手当法による児童手当の支給に関する事務", "地方税関係情報（課税・所得情報）"),
            new Scenario("nenkin", OWN, "国民年金法による年金である給付の支給に関する事務", "地方税関係情報（課税・所得情報）"),
            new Scenario("nenkin", OWN, "国民年金法による年金である給付の支給に関する事務", "住民票関係情報"),
            new Scenario("kyoukaikenpo", OWN, "健康保険法による保険給付の支給に関する事務", "地方税関係情報（課税・所得情報）"),
            new Scenario("kyoukaikenpo", "nenkin", "健康保険法による保険給付の支給に関する事務", "年金給付関係情報"),
            new Scenario(OWN, "nenkin", "国民健康保険法による保険給付の支給に関する事務", "年金給付関係情報"),
            new Scenario(OWN, "nta", "国民健康保険法による保険料の賦課に関する事務", "所得情報（国税関係情報）"));

    @Inject
    private ExchangeRecords records;

    @PostConstruct
    void seed() {
        if (!PortalProfile.fromConfig().demo()) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        int added = 0;
        for (String[] resident : RESIDENTS) {
            String residentId = UUID.nameUUIDFromBytes(
                            ("demo-resident:" + resident[0]).getBytes(StandardCharsets.UTF_8))
                    .toString();
            if (records.count(residentId) > 0) {
                continue;
            }
            Random random = new Random(resident[0].hashCode());
            int count = 24 + random.nextInt(24);
            for (int i = 0; i < count; i++) {
                Scenario s = SCENARIOS.get(random.nextInt(SCENARIOS.size()));
                String requester = code(s.requester(), resident);
                String provider = code(s.provider(), resident);
                Instant at = now.minus(Duration.ofMinutes(30 + random.nextInt(2 * 365 * 24 * 60)));
                ExchangeOutcome outcome = random.nextInt(10) == 0 ? ExchangeOutcome.NO_DATA : ExchangeOutcome.PROVIDED;
                records.store(
                        residentId,
                        new ExchangeEntry(at, requester, provider, s.procedure(), s.information(), outcome),
                        provider);
                added++;
            }
        }
        int total = added;
        LOG.info(() -> total + " demo exchanges recorded for the demo residents");
    }

    private static String code(String role, String[] resident) {
        return switch (role) {
            case OWN -> resident[1];
            case OTHER -> resident[2];
            default -> role;
        };
    }
}

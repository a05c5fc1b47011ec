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
import jp.mynaportal.exchange.ExchangeParty;
import jp.mynaportal.exchange.model.ExchangeOutcome;
import jp.mynaportal.platform.PortalProfile;

/**
 * In the demo profile only: realistic exchanges for the demo residents over the last two years,
 * stored as the providing agencies would report them (through {@link ExchangeRecords}, as the
 * agencies' ledger does) (once; a resident who has
 * exchanges keeps them). Each resident's exchanges come from a few procedures of everyday life: a
 * 児童手当 claim where the municipality asked for income, a pension check, a health-insurance benefit,
 * unemployment benefit, a high-school support grant.
 */
@Singleton
@Startup
@DependsOn("DemoResidents")
@PermitAll
public class DemoExchanges {

    private static final Logger LOG = Logger.getLogger(DemoExchanges.class.getName());

    /** The demo residents' cards and their municipalities (see DemoResidents). */
    private static final List<String[]> RESIDENTS = List.of(
            new String[] {"hanako", "131016", "千代田区"},
            new String[] {"taro", "271276", "大阪市北区"},
            new String[] {"yuki", "011011", "札幌市中央区"},
            new String[] {"ken", "131105", "目黒区"});

    private static final ExchangeParty PENSION = new ExchangeParty("JPS", "日本年金機構");
    private static final ExchangeParty KYOKAI = new ExchangeParty("KYOKAIKENPO", "全国健康保険協会");
    private static final ExchangeParty HELLO_WORK = new ExchangeParty("MHLW-HW", "厚生労働省（公共職業安定所）");
    private static final ExchangeParty TOKYO = new ExchangeParty("130001", "東京都");
    private static final ExchangeParty YOKOHAMA = new ExchangeParty("141003", "横浜市");

    /** A procedure in which one agency asks another for one piece of information. */
    private record Scenario(
            boolean residentAsks, ExchangeParty other, boolean otherAsks, String procedure, String information) {}

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario(true, YOKOHAMA, false, "児童手当法による児童手当の支給に関する事務", "地方税関係情報（課税・所得情報）"),
            new Scenario(true, YOKOHAMA, false, "児童手当法による児童手当の支給に関する事務", "住民票関係情報"),
            new Scenario(false, PENSION, true, "国民年金法による年金である給付の支給に関する事務", "地方税関係情報（課税・所得情報）"),
            new Scenario(false, PENSION, true, "国民年金法による年金である給付の支給に関する事務", "住民票関係情報"),
            new Scenario(false, KYOKAI, true, "健康保険法による保険給付の支給に関する事務", "地方税関係情報（課税・所得情報）"),
            new Scenario(true, PENSION, false, "国民健康保険法による保険給付の支給に関する事務", "年金給付関係情報"),
            new Scenario(false, HELLO_WORK, true, "雇用保険法による失業等給付の支給に関する事務", "住民票関係情報"),
            new Scenario(false, TOKYO, true, "高等学校等就学支援金の支給に関する事務", "地方税関係情報（課税・所得情報）"));

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
            ExchangeParty own = new ExchangeParty(resident[1], resident[2]);
            Random random = new Random(resident[0].hashCode());
            int count = 24 + random.nextInt(24);
            for (int i = 0; i < count; i++) {
                Scenario s = SCENARIOS.get(random.nextInt(SCENARIOS.size()));
                ExchangeParty requester = s.residentAsks() ? own : s.other();
                ExchangeParty provider = s.residentAsks() ? s.other() : own;
                Instant at = now.minus(Duration.ofMinutes(30 + random.nextInt(2 * 365 * 24 * 60)));
                ExchangeOutcome outcome = random.nextInt(10) == 0 ? ExchangeOutcome.NO_DATA : ExchangeOutcome.PROVIDED;
                records.store(
                        new ExchangeEntry(residentId, at, requester, provider, s.procedure(), s.information(), outcome),
                        provider.code());
                added++;
            }
        }
        int total = added;
        LOG.info(() -> total + " demo exchanges recorded for the demo residents");
    }
}

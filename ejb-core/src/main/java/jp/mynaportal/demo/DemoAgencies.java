package jp.mynaportal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import jp.mynaportal.agency.AgencyRequestSigner;
import jp.mynaportal.agency.model.Agency;
import jp.mynaportal.agency.model.AgencyCertificate;
import jp.mynaportal.agency.model.AgencyKind;
import jp.mynaportal.agency.model.AgencyLink;
import jp.mynaportal.agency.repository.AgencyRepository;
import jp.mynaportal.card.virtual.AtomicFiles;
import jp.mynaportal.platform.ConfiguredPaths;
import jp.mynaportal.platform.PortalProfile;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * In the demo profile only: the demo agencies (municipalities, a 国税庁-like tax agency, a
 * 日本年金機構-like pension service, 協会けんぽ-like and 国民健康保険 insurers, a hospital), each
 * with a signing key and a certificate from the demo agency CA in {@code <data dir>/agency}, and
 * a link code between every demo resident and every agency (derived from the pair, see {@link
 * DemoAgencyCa#linkCode}). Each agency's folder also gets {@code
 * link-codes.csv}: the demo residents as that agency knows them, for {@code bin/agency}.
 */
@PermitAll
@Singleton
@Startup
@DependsOn({"SchemaStartup", "DemoResidents"})
public class DemoAgencies {

    private static final Logger LOG = Logger.getLogger(DemoAgencies.class.getName());

    /** The agency codes of the demo; {@code docs/DEMO-RESIDENTS.md} lists them. */
    record Demo(String code, String nameJa, String nameEn, AgencyKind kind, String lgCode) {}

    static final List<Demo> AGENCIES = List.of(
            new Demo("lg-131016", "千代田区", "Chiyoda City", AgencyKind.MUNICIPALITY, "131016"),
            new Demo("lg-131105", "目黒区", "Meguro City", AgencyKind.MUNICIPALITY, "131105"),
            new Demo("lg-271004", "大阪市", "Osaka City", AgencyKind.MUNICIPALITY, "271004"),
            new Demo("lg-011002", "札幌市", "Sapporo City", AgencyKind.MUNICIPALITY, "011002"),
            new Demo("nta", "国税庁", "National Tax Agency", AgencyKind.TAX_AGENCY, null),
            new Demo("nenkin", "日本年金機構", "Japan Pension Service", AgencyKind.PENSION_SERVICE, null),
            new Demo(
                    "kyoukaikenpo",
                    "全国健康保険協会（協会けんぽ）",
                    "Japan Health Insurance Association (Kyokai Kenpo)",
                    AgencyKind.HEALTH_INSURER,
                    null),
            new Demo(
                    "kokuho-131016",
                    "千代田区国民健康保険",
                    "Chiyoda City National Health Insurance",
                    AgencyKind.HEALTH_INSURER,
                    "131016"),
            new Demo(
                    "kokuho-271004",
                    "大阪市国民健康保険",
                    "Osaka City National Health Insurance",
                    AgencyKind.HEALTH_INSURER,
                    "271004"),
            new Demo(
                    "med-kasumigaseki",
                    "霞が関中央病院",
                    "Kasumigaseki Central Hospital",
                    AgencyKind.MEDICAL_INSTITUTION,
                    null));

    /** The folder of the demo agencies' keys below the data folder. */
    static final String FOLDER = "agency";

    @Inject
    private AgencyRepository agencies;

    @PostConstruct
    void seed() {
        Config config = ConfigProvider.getConfig(DemoAgencies.class.getClassLoader());
        if (!PortalProfile.of(ConfiguredPaths.profile(config)).demo()) {
            return;
        }
        Path folder = ConfiguredPaths.dataDir(config).resolve(FOLDER);
        Instant now = Instant.now();
        AtomicFiles.locked(folder.resolve("registry"), () -> {
            DemoAgencyCa ca = DemoAgencyCa.openOrCreate(folder);
            for (Demo demo : AGENCIES) {
                register(demo, ca.agencyCertificate(demo.code(), demo.nameEn()), now);
                StringBuilder csv = new StringBuilder("card_id,name,link_code\n");
                for (DemoResidents.Demo resident : DemoResidents.DEMOS) {
                    String residentId = UUID.nameUUIDFromBytes(
                                    ("demo-resident:" + resident.cardId()).getBytes(StandardCharsets.UTF_8))
                            .toString();
                    csv.append(resident.cardId())
                            .append(',')
                            .append(resident.name())
                            .append(',')
                            .append(link(ca, demo.code(), residentId, now))
                            .append('\n');
                }
                AtomicFiles.write(
                        ca.folderOf(demo.code()).resolve("link-codes.csv"),
                        csv.toString().getBytes(StandardCharsets.UTF_8));
            }
            return null;
        });
        LOG.info(() -> AGENCIES.size() + " demo agencies with signing keys in " + folder);
    }

    /** The resident's link code with the agency, derived the first time. */
    private String link(DemoAgencyCa ca, String agencyCode, String residentId, Instant now) {
        return agencies.findLinkOfResident(agencyCode, residentId)
                .map(AgencyLink::getLinkCode)
                .orElseGet(() -> {
                    String code = ca.linkCode(agencyCode, residentId);
                    agencies.addLink(new AgencyLink(agencyCode, residentId, code, now));
                    return code;
                });
    }

    private void register(Demo demo, X509Certificate certificate, Instant now) {
        if (agencies.find(demo.code()).isEmpty()) {
            agencies.add(new Agency(demo.code(), demo.nameJa(), demo.nameEn(), demo.kind(), demo.lgCode(), now));
        }
        String thumbprint = AgencyRequestSigner.thumbprint(certificate);
        if (agencies.findCertificate(thumbprint).isEmpty()) {
            try {
                agencies.addCertificate(new AgencyCertificate(
                        demo.code(),
                        thumbprint,
                        certificate.getEncoded(),
                        certificate.getNotBefore().toInstant(),
                        certificate.getNotAfter().toInstant(),
                        now));
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

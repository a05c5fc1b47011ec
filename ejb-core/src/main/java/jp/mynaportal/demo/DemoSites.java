package jp.mynaportal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import jp.mynaportal.connect.SiteRegistrations;
import jp.mynaportal.platform.ConfiguredPaths;
import jp.mynaportal.platform.PortalProfile;
import net.minidev.json.JSONObject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * In the demo profile only: three relying sites for もっとつながる (e-Tax-like, ねんきんネット-like,
 * a municipality's own site), registered as an operator would (a file each in the site folder),
 * each served by the demo site pages of the portal itself ({@code /demo-sites/<id>/}) at {@code
 * mynaportal.auth.origin}. Each gets a random client secret once, kept for the demo site in an
 * owner-only file; the registration holds only its SHA-256.
 */
@PermitAll
@Singleton
@Startup
public class DemoSites {

    private static final Logger LOG = Logger.getLogger(DemoSites.class.getName());

    /** A demo site: id, names, what connecting means, claims. */
    record Site(
            String id, String nameJa, String nameEn, String descriptionJa, String descriptionEn, List<String> claims) {}

    static final List<Site> SITES = List.of(
            new Site(
                    "demo-etax",
                    "e-Tax（デモ）",
                    "e-Tax (demo)",
                    "国税の申告や納税の手続をオンラインで行うサイトです。つなぐと、マイナポータルからログインした状態で利用でき、氏名・住所・生年月日が入力済みになります。",
                    "The national tax site. Once connected you use it logged in through Mynaportal, with your name, address and date of birth filled in.",
                    List.of("name", "address", "birthdate")),
            new Site(
                    "demo-nenkin",
                    "ねんきんネット（デモ）",
                    "Nenkin Net (demo)",
                    "年金の記録や見込額を確認できるサイトです。つなぐと、マイナポータルからログインした状態で利用できます。",
                    "Check your pension records and estimates. Once connected you use it logged in through Mynaportal.",
                    List.of("name", "birthdate")),
            new Site(
                    "demo-city",
                    "みどり市 電子申請（デモ）",
                    "Midori City e-services (demo)",
                    "市の独自サービスのサイトです。つなぐと、マイナポータルからログインでき、市からのお知らせをマイナポータルで受け取れます。",
                    "The city's own services. Once connected you log in through Mynaportal and can receive the city's notices on Mynaportal.",
                    List.of("name", "address", "email")));

    @PostConstruct
    void seed() {
        Config config = ConfigProvider.getConfig(DemoSites.class.getClassLoader());
        if (!PortalProfile.of(ConfiguredPaths.profile(config)).demo()) {
            return;
        }
        String origin = config.getOptionalValue("mynaportal.auth.origin", String.class)
                .orElse("http://localhost:8080")
                .replaceAll("/+$", "");
        Path folder = SiteRegistrations.folder(config);
        Path secrets = SiteRegistrations.demoSecrets(config);
        try {
            Files.createDirectories(folder);
            ownerOnlyFolder(secrets);
            for (Site site : SITES) {
                Path registration = folder.resolve(site.id() + ".json");
                Path secretFile = secrets.resolve(site.id() + ".secret");
                if (Files.exists(registration) && Files.exists(secretFile)) {
                    continue;
                }
                String secret = randomSecret();
                Files.deleteIfExists(secretFile);
                try {
                    Files.createFile(
                            secretFile,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createFile(secretFile);
                }
                Files.writeString(secretFile, secret, StandardCharsets.US_ASCII);
                Files.writeString(registration, registration(site, origin, secret), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot register the demo sites in " + folder, e);
        }
        LOG.info(() -> SITES.size() + " demo sites for もっとつながる registered in " + folder);
    }

    private static String registration(Site site, String origin, String secret) {
        String base = origin + "/demo-sites/" + site.id();
        JSONObject json = new JSONObject();
        json.put("client_id", site.id());
        json.put("client_name#ja", site.nameJa());
        json.put("client_name#en", site.nameEn());
        json.put("description#ja", site.descriptionJa());
        json.put("description#en", site.descriptionEn());
        json.put("redirect_uris", List.of(base + "/callback"));
        json.put("initiate_login_uri", base + "/start");
        json.put("token_endpoint_auth_method", "client_secret_basic");
        json.put("client_secret_sha256", sha256(secret));
        json.put("claims", site.claims());
        json.put("notices", site.id().equals("demo-city"));
        return json.toJSONString();
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void ownerOnlyFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(
                    folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectories(folder);
        }
    }
}

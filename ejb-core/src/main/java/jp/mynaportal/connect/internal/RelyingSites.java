package jp.mynaportal.connect.internal;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.langtag.LangTag;
import com.nimbusds.langtag.LangTagException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import com.nimbusds.openid.connect.sdk.rp.OIDCClientMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.mynaportal.connect.LocalizedText;
import jp.mynaportal.connect.SiteClaim;
import net.minidev.json.JSONObject;

/**
 * The relying sites an operator registered: one JSON file per site in {@code
 * mynaportal.connect.sites}, in the client metadata of OpenID Connect Dynamic Client Registration
 * (parsed by Nimbus: {@code redirect_uris}, {@code token_endpoint_auth_method}, {@code jwks},
 * {@code client_name#ja}, {@code initiate_login_uri}) plus the portal's own fields {@code
 * client_id}, {@code client_secret_sha256}, {@code description#ja} / {@code #en}, {@code claims},
 * {@code notices} and {@code agency_code}. A file that does not parse is skipped with a log line.
 * The folder is read again whenever its files change, so an operator's new site is usable at once;
 * in a cluster every node has the same files, as with the trust anchors.
 */
@ApplicationScoped
public class RelyingSites {

    private static final Logger LOG = Logger.getLogger(RelyingSites.class.getName());
    private static final long MAX_FILE_BYTES = 64 * 1024;

    private final ConnectSettings settings = ConnectSettings.fromConfig();

    private String loadedSignature;
    private Map<String, RelyingSite> loaded = Map.of();

    /** The site with this client id. */
    public Optional<RelyingSite> find(String clientId) {
        return clientId == null
                ? Optional.empty()
                : Optional.ofNullable(current().get(clientId));
    }

    /** Every registered site, in the order of their file names. */
    public List<RelyingSite> all() {
        return List.copyOf(current().values());
    }

    private synchronized Map<String, RelyingSite> current() {
        List<Path> files = files();
        String signature = files.stream().map(RelyingSites::stamp).collect(Collectors.joining("|"));
        if (!signature.equals(loadedSignature)) {
            Map<String, RelyingSite> sites = new LinkedHashMap<>();
            for (Path file : files) {
                read(file).ifPresent(site -> {
                    if (sites.putIfAbsent(site.clientId(), site) != null) {
                        LOG.warning(() -> "Site registration " + file.getFileName() + " repeats client id "
                                + site.clientId() + "; the first one counts");
                    }
                });
            }
            loaded = Collections.unmodifiableMap(sites);
            loadedSignature = signature;
        }
        return loaded;
    }

    private List<Path> files() {
        Path folder = settings.sitesFolder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the site registrations in " + folder, e);
        }
    }

    private static String stamp(Path file) {
        try {
            return file.getFileName() + ":" + Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file);
        } catch (IOException e) {
            return file.getFileName() + ":gone";
        }
    }

    private static Optional<RelyingSite> read(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                LOG.warning(() -> "Site registration " + file.getFileName() + " is larger than 64 KiB; skipped");
                return Optional.empty();
            }
            return Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | ParseException | IllegalArgumentException | LangTagException e) {
            LOG.warning(() -> "Site registration " + file.getFileName() + " is not valid; skipped: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** A site from its registration (JSON). */
    static RelyingSite parse(String json) throws ParseException, LangTagException {
        JSONObject object = JSONObjectUtils.parse(json);
        // Nimbus wants an https initiate_login_uri; the portal reads it itself, so that a demo or
        // test site on plain http (like its redirect URIs) can be registered
        String startUri = JSONObjectUtils.getString(object, "initiate_login_uri", null);
        JSONObject forNimbus = new JSONObject(object);
        forNimbus.remove("initiate_login_uri");
        OIDCClientMetadata metadata = OIDCClientMetadata.parse(forNimbus);
        String clientId = JSONObjectUtils.getNonBlankString(object, "client_id");
        if (!clientId.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException(
                    "client_id must be 1 to 64 letters, digits, dots, dashes or underscores");
        }
        Set<URI> redirects = metadata.getRedirectionURIs();
        if (redirects == null || redirects.isEmpty()) {
            throw new IllegalArgumentException("redirect_uris are required");
        }
        ClientAuthenticationMethod method = metadata.getTokenEndpointAuthMethod();
        if (method == null) {
            method = ClientAuthenticationMethod.CLIENT_SECRET_BASIC;
        }
        String secret = JSONObjectUtils.getString(object, "client_secret_sha256", null);
        JWKSet keys = metadata.getJWKSet();
        if (ClientAuthenticationMethod.CLIENT_SECRET_BASIC.equals(method)) {
            if (secret == null || !secret.matches("[0-9a-fA-F]{64}")) {
                throw new IllegalArgumentException("client_secret_basic needs client_secret_sha256 (64 hex digits)");
            }
        } else if (ClientAuthenticationMethod.PRIVATE_KEY_JWT.equals(method)) {
            if (keys == null || keys.getKeys().isEmpty()) {
                throw new IllegalArgumentException("private_key_jwt needs the site's public keys in jwks");
            }
        } else {
            throw new IllegalArgumentException(
                    "token_endpoint_auth_method must be client_secret_basic or private_key_jwt");
        }
        String nameJa = metadata.getName(LangTag.parse("ja"));
        if (nameJa == null) {
            nameJa = metadata.getName();
        }
        if (nameJa == null) {
            throw new IllegalArgumentException("client_name#ja is required");
        }
        List<SiteClaim> claims = new ArrayList<>();
        for (String claim : JSONObjectUtils.getStringList(object, "claims", List.of())) {
            claims.add(
                    SiteClaim.byClaim(claim).orElseThrow(() -> new IllegalArgumentException("unknown claim " + claim)));
        }
        URI start = startUri == null ? null : URI.create(startUri);
        if (start == null
                || !(start.getScheme().equals("https") || start.getScheme().equals("http"))) {
            throw new IllegalArgumentException("initiate_login_uri is required (where つなぐ leads)");
        }
        return new RelyingSite(
                clientId,
                new LocalizedText(nameJa, metadata.getName(LangTag.parse("en"))),
                new LocalizedText(
                        JSONObjectUtils.getString(object, "description#ja", ""),
                        JSONObjectUtils.getString(object, "description#en", null)),
                redirects.stream().map(URI::toString).collect(Collectors.toSet()),
                method,
                secret,
                keys,
                claims,
                start,
                JSONObjectUtils.getBoolean(object, "notices", false),
                JSONObjectUtils.getString(object, "agency_code", null));
    }
}

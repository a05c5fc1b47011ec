package jp.mynaportal.connect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import java.util.Locale;
import jp.mynaportal.connect.SiteClaim;
import org.junit.jupiter.api.Test;

/** The operator's site registration files, as {@link RelyingSites} reads them. */
class RelyingSitesTest {

    private static final String HASH = "a".repeat(64);

    private static String site(String extra) {
        return "{\"client_id\":\"etax-demo\",\"client_name#ja\":\"e-Tax（デモ）\",\"client_name#en\":\"e-Tax (demo)\","
                + "\"redirect_uris\":[\"https://etax.example/cb\"],\"initiate_login_uri\":\"https://etax.example/login\","
                + "\"claims\":[\"name\",\"address\"]" + extra + "}";
    }

    @Test
    void readsTheRegisteredRedirectUrisClaimsNamesAndSecret() throws Exception {
        RelyingSite site = RelyingSites.parse(site(",\"client_secret_sha256\":\"" + HASH + "\""));
        assertThat(site.clientId()).isEqualTo("etax-demo");
        assertThat(site.redirectUris()).containsExactly("https://etax.example/cb");
        assertThat(site.claims()).containsExactly(SiteClaim.NAME, SiteClaim.ADDRESS);
        assertThat(site.authMethod()).isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        assertThat(site.name().in(Locale.JAPANESE)).isEqualTo("e-Tax（デモ）");
        assertThat(site.name().in(Locale.ENGLISH)).isEqualTo("e-Tax (demo)");
    }

    @Test
    void aPlainHttpStartAddressIsAcceptedForDemoAndTestSites() throws Exception {
        RelyingSite site = RelyingSites.parse(site(",\"client_secret_sha256\":\"" + HASH + "\"")
                .replace("https://etax.example/login", "http://127.0.0.1:8091/start"));
        assertThat(site.startUrl()).hasToString("http://127.0.0.1:8091/start");
    }

    @Test
    void aSecretSiteWithoutTheSecretsHashIsRefused() {
        assertThatThrownBy(() -> RelyingSites.parse(site(""))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPrivateKeyJwtSiteWithoutKeysIsRefused() {
        assertThatThrownBy(() -> RelyingSites.parse(site(",\"token_endpoint_auth_method\":\"private_key_jwt\"")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownClaimIsRefused() {
        assertThatThrownBy(() -> RelyingSites.parse(
                        site(",\"client_secret_sha256\":\"" + HASH + "\"").replace("\"address\"", "\"my_number\"")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

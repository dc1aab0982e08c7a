package com.consort.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consort.server.security.Caller;
import com.consort.server.security.Role;
import com.consort.server.testing.WebClient;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * OpenID Connect switched on by properties, against a stand-in issuer that serves only its discovery
 * document: the client wires, the login page offers it, the browser is sent to the issuer, and a
 * verified identity maps to the Consort account with that email (and nothing else does).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"consort.demo-data=false",
        "consort.oidc.client-id=consort-test", "consort.oidc.client-secret=test-secret", "consort.oidc.display-name=Test IdP"})
@TestPropertySource(properties = "consort.data-dir=target/test-data/${random.uuid}")
class OidcLoginTest {

    static final HttpServer ISSUER = startIssuer();

    @LocalServerPort
    int port;
    @Autowired
    OidcAccounts oidcAccounts;
    @Autowired
    Users users;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("consort.oidc.issuer-uri", OidcLoginTest::issuerUri);
    }

    @AfterAll
    static void stop() {
        ISSUER.stop(0);
    }

    static String issuerUri() {
        return "http://127.0.0.1:" + ISSUER.getAddress().getPort();
    }

    @Test
    void theLoginPageOffersSingleSignOnAndSendsTheBrowserToTheIssuer() throws Exception {
        var browser = new WebClient(port);
        assertThat(browser.page("/login").body()).contains("Sign in with Test IdP").contains("/oauth2/authorization/oidc");
        var start = browser.page("/oauth2/authorization/oidc");
        assertThat(start.status()).isEqualTo(302);
        String location = start.header("Location");
        assertThat(location).startsWith(issuerUri() + "/authorize?").contains("client_id=consort-test")
                .contains("response_type=code").contains("scope=openid%20profile%20email").contains("state=").contains("nonce=")
                .contains("redirect_uri=http://localhost:" + port + "/login/oauth2/code/oidc");
    }

    @Test
    void aVerifiedEmailMapsToItsConsortAccountAndNothingElseGetsIn() {
        var account = users.create("sso-marketer", "SSO Marketer", "marketer@example.com", Role.MARKETING, null, null, null).user();

        var user = oidcAccounts.toAccountUser(identity("Marketer@Example.com", true));
        var caller = Caller.from(new TestingAuthenticationToken(user, null, List.copyOf(user.getAuthorities())));
        assertThat(caller.subject()).isEqualTo("user:" + account.id());
        assertThat(caller.role()).isEqualTo(Role.MARKETING);
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_MARKETING");

        assertThatThrownBy(() -> oidcAccounts.toAccountUser(identity("marketer@example.com", false)))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("verified");
        assertThatThrownBy(() -> oidcAccounts.toAccountUser(identity("stranger@example.com", true)))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("No enabled Consort account");
        users.setEnabled(account.id(), false);
        assertThatThrownBy(() -> oidcAccounts.toAccountUser(identity("marketer@example.com", true)))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    private static DefaultOidcUser identity(String email, boolean verified) {
        var token = OidcIdToken.withTokenValue("id-token").subject("idp-subject").issuer(issuerUri())
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60))
                .claims(claims -> claims.putAll(Map.of("email", email, "email_verified", verified))).build();
        return new DefaultOidcUser(List.of(), token);
    }

    private static HttpServer startIssuer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/.well-known/openid-configuration", exchange -> {
                String issuer = "http://127.0.0.1:" + server.getAddress().getPort();
                byte[] body = ("{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/authorize\","
                        + "\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"" + issuer + "/jwks\","
                        + "\"userinfo_endpoint\":\"" + issuer + "/userinfo\",\"response_types_supported\":[\"code\"],"
                        + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

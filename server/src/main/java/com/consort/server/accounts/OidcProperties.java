package com.consort.server.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Optional OpenID Connect login. Off unless the issuer is set; then the client id (and usually a secret)
 * are needed too. Signing in needs a Consort account whose email is the identity's verified email:
 * the identity provider proves who someone is, Consort's accounts decide what they may do.
 */
@ConfigurationProperties("consort.oidc")
public record OidcProperties(String issuerUri, String clientId, String clientSecret, String displayName) {

    public static final String REGISTRATION_ID = "oidc";

    public boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    public String label() {
        return displayName == null || displayName.isBlank() ? "single sign-on" : displayName;
    }
}

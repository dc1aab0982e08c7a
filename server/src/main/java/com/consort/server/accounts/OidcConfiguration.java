package com.consort.server.accounts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * The OpenID Connect client, only when CONSORT_OIDC_ISSUER_URI is set. The provider's endpoints come
 * from its discovery document, read once at start-up; a wrong issuer fails the start with its reason.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${consort.oidc.issuer-uri:}'.isBlank()")
class OidcConfiguration {

    @Bean
    ClientRegistrationRepository consortOidcClient(OidcProperties properties) {
        if (properties.clientId() == null || properties.clientId().isBlank()) {
            throw new IllegalStateException("CONSORT_OIDC_ISSUER_URI is set but CONSORT_OIDC_CLIENT_ID is not");
        }
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri().trim())
                .registrationId(OidcProperties.REGISTRATION_ID)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .clientName(properties.label())
                .scope("openid", "profile", "email")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }
}

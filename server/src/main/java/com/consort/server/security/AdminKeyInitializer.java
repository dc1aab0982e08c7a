package com.consort.server.security;

import com.consort.server.config.ConsortProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure an administrator can get in: the configured CONSORT_ADMIN_API_KEY, or on a first run
 * without one, a generated key that is shown once on the terminal and never logged (FirstRunSecrets).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminKeyInitializer implements ApplicationRunner {

    private final FirstRunSecrets secrets = new FirstRunSecrets();
    private final ApiKeys apiKeys;
    private final ConsortProperties properties;

    AdminKeyInitializer(ApiKeys apiKeys, ConsortProperties properties) {
        this.apiKeys = apiKeys;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        String configured = properties.adminApiKey();
        if (configured != null && !configured.isBlank()) {
            apiKeys.ensure(configured.trim(), "admin (CONSORT_ADMIN_API_KEY)", Role.ADMIN);
        } else if (!apiKeys.hasActiveKey(Role.ADMIN)) {
            if (!secrets.canShow()) {
                // a key nobody can see is no use: make none, say how to choose one
                secrets.show("an ADMIN API key", null, null, "CONSORT_ADMIN_API_KEY");
                return;
            }
            String key = apiKeys.create("admin (first run)", Role.ADMIN, null).plaintext();
            secrets.show("an ADMIN API key was created", key, "Use it as 'Authorization: Bearer <key>'.", "CONSORT_ADMIN_API_KEY");
        }
    }
}

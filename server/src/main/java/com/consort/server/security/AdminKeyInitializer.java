package com.consort.server.security;

import com.consort.server.config.ConsortProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure an administrator can get in: the configured CONSORT_ADMIN_API_KEY, or on a first run
 * without one, a generated key that is printed once and never again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminKeyInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminKeyInitializer.class);
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
            String key = apiKeys.create("admin (first run)", Role.ADMIN, null).plaintext();
            log.warn("""

                    ==================================================================
                     First run: an ADMIN API key was created. It is shown only now:
                       {}
                     Use it as 'Authorization: Bearer <key>'. Set CONSORT_ADMIN_API_KEY
                     to choose your own instead.
                    ==================================================================""", key);
        }
    }
}

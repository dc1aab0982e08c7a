package com.consort.server.accounts;

import com.consort.knowledge.StorageKind;
import com.consort.server.config.ConsortProperties;
import com.consort.server.security.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With the demo ecosystem (CONSORT_DEMO_DATA=true) on the embedded set-up, one user per role with a
 * fixed, published password, so a first look needs no set-up. Never on PostgreSQL, which is the
 * production set-up: there a published password would be a hole.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DemoUsers implements ApplicationRunner {

    /** Demo only, printed in the README: anyone can read it. */
    static final String PASSWORD = "consort-demo";
    /** Banyan Systems Private Limited, the first partner of the demo directory. */
    static final String DEMO_PARTNER = "P0001";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    private final boolean demoData;
    private final StorageKind storage;
    private final Users users;

    @org.springframework.beans.factory.annotation.Autowired
    DemoUsers(ConsortProperties properties, StorageKind storage, Users users) {
        this(properties.demoData(), storage, users);
    }

    DemoUsers(boolean demoData, StorageKind storage, Users users) {
        this.demoData = demoData;
        this.storage = storage;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData) {
            return;
        }
        if (storage == StorageKind.POSTGRES) {
            log.warn("Demo data is on but the demo users (with their published password) are not created on PostgreSQL");
            return;
        }
        for (Role role : Role.values()) {
            String username = "demo-" + role.name().toLowerCase(Locale.ROOT);
            if (!users.exists(username)) {
                String display = "Demo " + role.name().charAt(0) + role.name().substring(1).toLowerCase(Locale.ROOT);
                users.createDemo(username, display, role, role == Role.PARTNER ? DEMO_PARTNER : null,
                        role == Role.PARTNER ? demoPartnerName() : null, PASSWORD);
            }
        }
        log.info("Demo users demo-admin, demo-seller, demo-partner (partner {}), demo-marketing, demo-evaluator; "
                + "password '{}' (demo only)", DEMO_PARTNER, PASSWORD);
    }

    // The directory may still be loading in the background; the CSV it loads from has the name.
    private String demoPartnerName() {
        var csv = getClass().getClassLoader().getResourceAsStream("demo/partners.csv");
        if (csv == null) {
            return DEMO_PARTNER;
        }
        try (var reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> line.startsWith(DEMO_PARTNER + ","))
                    .map(line -> line.split(",", 3)[1])
                    .filter(name -> !name.startsWith("\""))
                    .findFirst().orElse(DEMO_PARTNER);
        } catch (IOException e) {
            return DEMO_PARTNER;
        }
    }
}

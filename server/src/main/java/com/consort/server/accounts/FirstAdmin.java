package com.consort.server.accounts;

import com.consort.server.audit.AuditLog;
import com.consort.server.security.Role;
import com.consort.server.security.FirstRunSecrets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can log in to the web UI: the user {@code admin}, with CONSORT_ADMIN_PASSWORD when
 * it is set (applied at every start, so changing it and restarting resets the password), or on a first
 * run without it a generated password that is shown once on the terminal and never logged (FirstRunSecrets).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class FirstAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    private final FirstRunSecrets secrets;
    private final Users users;
    private final AuditLog audit;
    private final String configuredPassword;

    @Autowired
    FirstAdmin(Users users, AuditLog audit, @Value("${consort.admin-password:}") String configuredPassword) {
        this(users, audit, configuredPassword, new FirstRunSecrets());
    }

    FirstAdmin(Users users, AuditLog audit, String configuredPassword, FirstRunSecrets secrets) {
        this.secrets = secrets;
        this.users = users;
        this.audit = audit;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean configured = configuredPassword != null && !configuredPassword.isBlank();
        var existing = users.findByUsername(USERNAME);
        if (existing.isPresent()) {
            if (configured && !users.passwordMatches(existing.get().id(), configuredPassword)) {
                users.resetPassword(existing.get().id(), configuredPassword);
                audit.record(AuditLog.SYSTEM_ACTOR, null, "user.password-reset", existing.get().subject(),
                        "from CONSORT_ADMIN_PASSWORD");
            }
            return;
        }
        var created = users.create(USERNAME, "Administrator", null, Role.ADMIN, null, null,
                configured ? configuredPassword : null);
        audit.record(AuditLog.SYSTEM_ACTOR, null, "user.created", created.user().subject(), "username=admin role=ADMIN (first run)");
        if (!configured) {
            secrets.show("the web UI user 'admin' was created with this password", created.password(), "Log in at /login.",
                    "CONSORT_ADMIN_PASSWORD");
        }
    }
}

package com.consort.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.testing.TestStorage;
import com.consort.server.audit.AuditLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

@ExtendWith(OutputCaptureExtension.class)
class FirstRunSecretsTest {

    /** A log file, a journal or a log shipper would keep it in clear; without a terminal it is not shown at all. */
    @Test
    void theFirstAdminsGeneratedPasswordNeverReachesTheLog(CapturedOutput output) throws Exception {
        JdbcClient jdbc = JdbcClient.create(TestStorage.embedded(Files.createTempDirectory(Path.of("target"), "first-admin-")));
        Users users = new Users(jdbc, PasswordEncoderFactories.createDelegatingPasswordEncoder(), new Organisations(jdbc));
        new FirstAdmin(users, new AuditLog(jdbc), "").run(null);

        String adminId = users.findByUsername("admin").orElseThrow().id();
        // no word of what was written, log or console, is the password
        assertThat(Arrays.stream(output.getAll().split("\\s+")).filter(w -> w.length() >= 12)
                .filter(w -> users.passwordMatches(adminId, w))).isEmpty();
        assertThat(output.getAll()).contains("CONSORT_ADMIN_PASSWORD");
    }
}

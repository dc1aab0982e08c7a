package com.consort.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.testing.TestStorage;
import com.consort.server.security.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The login throttle on both storage set-ups, its count in the database: one account whatever the login
 * names it by, a pause that grows and ends when it says, no lock-out of a real user at another address,
 * and one count shared by every instance.
 */
class LoginThrottleTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final String ATTACKER = "203.0.113.7";
    private static final String OFFICE = "198.51.100.20";

    private final MovableClock clock = new MovableClock();
    private Users users;
    private DataSource dataSource;

    private LoginThrottle throttle(String storage) throws Exception {
        dataSource = storage.equals("embedded")
                ? TestStorage.embedded(Files.createTempDirectory(Path.of("target"), "throttle-"))
                : TestStorage.postgres();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        users = new Users(jdbc, PasswordEncoderFactories.createDelegatingPasswordEncoder(), new Organisations(jdbc));
        users.create("alice", "Alice", "Alice@Example.com", Role.SELLER, null, null, "a-long-passphrase-of-hers");
        return another();
    }

    /** A second instance on the same database. */
    private LoginThrottle another() {
        return new LoginThrottle(JdbcClient.create(dataSource), new DataSourceTransactionManager(dataSource), users, clock);
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "postgres"})
    void theUsernameAndTheEmailAreOneAccountAndAControlCharacterNamesNobody(String storage) throws Exception {
        LoginThrottle throttle = throttle(storage);
        for (int i = 0; i < 5; i++) {
            throttle.failed(i % 2 == 0 ? "alice" : " ALICE@example.com ", ATTACKER);
        }
        for (String login : new String[] {"alice", "Alice", "alice@example.com", "  alice\t"}) {
            assertThat(throttle.paused(login, ATTACKER)).as(login).isPresent();
        }
        // the login normalised the same way as accounts are looked up: a control character names nobody
        assertThat(Logins.normalise("alice\u0001")).isEmpty();
        assertThat(Logins.normalise("ali\u200Bce")).isEmpty();
        assertThat(throttle.buckets("alice\u0001", ATTACKER)).containsExactly("address:" + ATTACKER);
        assertThat(users.findByUsername("alice\u0001")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.loadUserByUsername("alice\u0007"))
                .isInstanceOf(org.springframework.security.core.userdetails.UsernameNotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "postgres"})
    void aGuesserPausesItselfNotTheRealUserAndThePauseGrowsAndEndsWhenItSays(String storage) throws Exception {
        LoginThrottle throttle = throttle(storage);
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", ATTACKER);
        }
        assertThat(throttle.paused("alice", ATTACKER)).isEmpty();
        throttle.failed("alice", ATTACKER);
        var paused = throttle.paused("alice", ATTACKER).orElseThrow();
        assertThat(paused.until()).isEqualTo(clock.now.plusSeconds(30));
        assertThat(paused.getMessage()).contains("paused until 10:00:30 UTC").contains("temporary");
        // the real user, at the office, is not locked out
        assertThat(throttle.paused("alice", OFFICE)).isEmpty();

        // the pause ends when it said; each failure after it doubles the next one
        clock.now = clock.now.plusSeconds(31);
        assertThat(throttle.paused("alice", ATTACKER)).isEmpty();
        throttle.failed("alice", ATTACKER);
        assertThat(throttle.paused("alice", ATTACKER).orElseThrow().until()).isEqualTo(clock.now.plusSeconds(60));
        assertThat(LoginThrottle.pause(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginThrottle.pause(30)).isEqualTo(Duration.ofMinutes(15));

        // a success from the office clears nothing of the attacker's; after a quiet window the count starts again
        throttle.succeeded("alice", OFFICE);
        assertThat(throttle.paused("alice", ATTACKER)).isPresent();
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        throttle.failed("alice", ATTACKER);
        assertThat(throttle.paused("alice", ATTACKER)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "postgres"})
    void guessesSpreadOverAccountsOrAddressesArePausedTooAndEveryInstanceSharesTheCount(String storage) throws Exception {
        LoginThrottle first = throttle(storage);
        LoginThrottle second = another();
        // one address trying many names: 20 failures pause the address for every name, on both instances
        for (int i = 0; i < 20; i++) {
            (i % 2 == 0 ? first : second).failed("name-" + i, ATTACKER);
        }
        assertThat(first.paused("alice", ATTACKER)).isPresent();
        assertThat(second.paused("someone-else", ATTACKER)).isPresent();
        assertThat(second.paused("alice", OFFICE)).isEmpty();

        // many addresses guessing one account: 50 failures pause the account everywhere, for at most 15 minutes
        for (int i = 0; i < 50; i++) {
            (i % 2 == 0 ? first : second).failed("alice@example.com", "192.0.2." + i);
        }
        var paused = first.paused("alice", OFFICE).orElseThrow();
        assertThat(paused.until()).isBefore(clock.now.plus(Duration.ofMinutes(15)).plusSeconds(1));
        clock.now = paused.until().plusSeconds(1);
        assertThat(second.paused("alice", OFFICE)).isEmpty();
    }
}

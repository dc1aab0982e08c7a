package com.consort.server.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing without letting an attacker lock a real user out. Failed logins are counted in
 * the database (so every instance shares the count) in three buckets: the account from this address, the
 * account from anywhere, and this address for any account. A username and an email of one user are one
 * account ({@link Logins} normalises both the same way as the login does). Past a bucket's free failures
 * each further failure pauses it for a time that doubles (30 s, 1 min, 2 min ... at most 15 minutes);
 * while paused, attempts are refused before the password is checked, and are not counted, so the pause
 * always ends when it said. A guesser at one address pauses itself after 5 failures; the account as a
 * whole only after 50 from everywhere (a guesser spread over many addresses), so a real user on another
 * address keeps logging in. Counts older than 15 minutes start again; a success clears the account's
 * count from that address.
 */
@Component
public class LoginThrottle {

    /** Why a login was refused before its password was checked, and until when: shown to the person. */
    public static final class Paused extends LockedException {
        private final Instant until;

        Paused(Instant until, Clock clock) {
            super(message(until, clock));
            this.until = until;
        }

        public Instant until() {
            return until;
        }

        private static String message(Instant until, Clock clock) {
            long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds());
            String wait = seconds < 90 ? seconds + " seconds" : Math.round(seconds / 60.0) + " minutes";
            return "Too many failed logins: logging in is paused until "
                    + DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC).format(until) + " UTC (in about " + wait
                    + "). The pause is temporary and nothing about the account has changed; after it, log in as usual.";
        }
    }

    enum Bucket {
        PAIR("pair:", 5), ACCOUNT("account:", 50), ADDRESS("address:", 20);

        final String prefix;
        final int free;

        Bucket(String prefix, int free) {
            this.prefix = prefix;
            this.free = free;
        }
    }

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);
    private static final Duration CLEAN_EVERY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Users users;
    private final Clock clock;
    private final AtomicReference<Instant> lastClean = new AtomicReference<>(Instant.EPOCH);

    @Autowired
    LoginThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, Users users) {
        this(jdbc, transactions, users, Clock.systemUTC());
    }

    LoginThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, Users users, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.users = users;
        this.clock = clock;
    }

    /** When a login attempt for {@code login} from {@code address} is paused: the end of the pause. */
    public Optional<Paused> paused(String login, String address) {
        List<String> buckets = buckets(login, address);
        Instant now = clock.instant();
        var sql = new StringBuilder("SELECT max(blocked_until) FROM login_throttle WHERE blocked_until > ? AND bucket IN (");
        List<Object> params = new ArrayList<>();
        params.add(Timestamp.from(now));
        for (int i = 0; i < buckets.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
            params.add(buckets.get(i));
        }
        Timestamp until = jdbc.sql(sql.append(")").toString()).params(params).query(Timestamp.class).list().stream()
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return until == null ? Optional.empty() : Optional.of(new Paused(until.toInstant(), clock));
    }

    public void failed(String login, String address) {
        Instant now = clock.instant();
        for (String bucket : buckets(login, address)) {
            count(bucket, Bucket.values()[bucketType(bucket)].free, now);
        }
        clean(now);
    }

    public void succeeded(String login, String address) {
        String pair = buckets(login, address).get(0);
        if (pair.startsWith(Bucket.PAIR.prefix)) {
            jdbc.sql("DELETE FROM login_throttle WHERE bucket = ?").param(pair).update();
        }
    }

    /** Pair, account and address buckets of an attempt; only the address one for a login that names nobody. */
    List<String> buckets(String login, String address) {
        String from = address == null || address.isBlank() ? "unknown" : cut(address, 64);
        String addressBucket = Bucket.ADDRESS.prefix + from;
        Optional<String> account = Logins.normalise(login)
                .map(name -> users.accountId(name).orElse("login:" + cut(name, 300)));
        if (account.isEmpty()) {
            return List.of(addressBucket);
        }
        return List.of(Bucket.PAIR.prefix + account.get() + "|" + from, Bucket.ACCOUNT.prefix + account.get(), addressBucket);
    }

    private static int bucketType(String bucket) {
        for (Bucket b : Bucket.values()) {
            if (bucket.startsWith(b.prefix)) {
                return b.ordinal();
            }
        }
        throw new IllegalArgumentException(bucket);
    }

    /** One more failure in the bucket, atomically across instances; past the free ones, a pause that doubles. */
    private void count(String bucket, int free, Instant now) {
        transactions.executeWithoutResult(status -> {
            Timestamp at = Timestamp.from(now);
            Timestamp stale = Timestamp.from(now.minus(WINDOW));
            int updated = jdbc.sql("""
                    UPDATE login_throttle SET failures = CASE WHEN last_failure_at < ? THEN 1 ELSE failures + 1 END,
                        last_failure_at = ? WHERE bucket = ?""").params(stale, at, bucket).update();
            if (updated == 0) {
                try {
                    jdbc.sql("INSERT INTO login_throttle (bucket, failures, last_failure_at) VALUES (?, 1, ?)")
                            .params(bucket, at).update();
                } catch (DuplicateKeyException raced) {
                    jdbc.sql("UPDATE login_throttle SET failures = failures + 1, last_failure_at = ? WHERE bucket = ?")
                            .params(at, bucket).update();
                }
            }
            int failures = jdbc.sql("SELECT failures FROM login_throttle WHERE bucket = ?").param(bucket).query(Integer.class).single();
            if (failures >= free) {
                jdbc.sql("UPDATE login_throttle SET blocked_until = ? WHERE bucket = ?")
                        .params(Timestamp.from(now.plus(pause(failures - free))), bucket).update();
            }
        });
    }

    /** 30 s after the last free failure, doubling with each failure after it, at most 15 minutes. */
    static Duration pause(int pastFree) {
        Duration pause = FIRST_PAUSE;
        for (int i = 0; i < pastFree && pause.compareTo(LONGEST_PAUSE) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    /** Forgets buckets that have been quiet for a window and are not paused; at most once a minute per instance. */
    private void clean(Instant now) {
        Instant last = lastClean.get();
        if (last.plus(CLEAN_EVERY).isAfter(now) || !lastClean.compareAndSet(last, now)) {
            return;
        }
        jdbc.sql("DELETE FROM login_throttle WHERE last_failure_at < ? AND (blocked_until IS NULL OR blocked_until < ?)")
                .params(Timestamp.from(now.minus(WINDOW)), Timestamp.from(now)).update();
    }

    /**
     * In front of the login form's processing: a paused attempt never reaches the password check; it goes
     * to the failure handler with the pause, which the login page shows.
     */
    public OncePerRequestFilter filter(AuthenticationFailureHandler failure) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
                    String login = request.getParameter("username");
                    Optional<Paused> paused = paused(login, request.getRemoteAddr());
                    if (paused.isPresent()) {
                        failure.onAuthenticationFailure(request, response, paused.get());
                        return;
                    }
                    // Spring Security's form login trims the username with String.trim(), which also drops
                    // control characters: "alice\u0001" would log in as alice. Such a login names nobody.
                    if (login != null && !login.isBlank() && Logins.normalise(login).isEmpty()) {
                        failure.onAuthenticationFailure(request, response,
                                new BadCredentialsException("A username or email has no control characters"));
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    private static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}

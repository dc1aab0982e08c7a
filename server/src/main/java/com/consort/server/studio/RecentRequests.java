package com.consort.server.studio;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a caller's recent requests with an {@code Idempotency-Key} made, so the same request sent twice (a
 * double click, a retry after a lost answer) is answered with what the first made. Kept in memory for ten
 * minutes, at most a few thousand keys: it guards against repeats within one instance, not a durable log.
 */
final class RecentRequests {

    private static final Duration KEPT = Duration.ofMinutes(10);
    private static final int MAX_KEYS = 5000;
    private static final int MAX_KEY_CHARS = 200;

    private record Made(String id, Instant at) {
    }

    private final Map<String, Made> made = new ConcurrentHashMap<>();

    /**
     * Claims the key for a request: null when it is new (go ahead, then {@link #remember} or {@link #release}),
     * the id the first request made when it is a repeat; 409 while the first is still being worked on.
     */
    String claim(String subject, String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        Instant now = Instant.now();
        if (made.size() >= MAX_KEYS) {
            made.values().removeIf(m -> m.at().isBefore(now.minus(KEPT)));
        }
        String entry = entry(subject, key);
        made.computeIfPresent(entry, (k, m) -> m.at().isBefore(now.minus(KEPT)) ? null : m);
        Made first = made.size() < MAX_KEYS ? made.putIfAbsent(entry, new Made(null, now)) : null;
        if (first == null) {
            return null;
        }
        if (first.id() == null) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "The same request is still being worked on. "
                    + "Wait for its answer.");
        }
        return first.id();
    }

    void remember(String subject, String key, String id) {
        if (key != null && !key.isBlank()) {
            made.replace(entry(subject, key), new Made(id, Instant.now()));
        }
    }

    /** The request failed: the key may be tried again. */
    void release(String subject, String key) {
        if (key != null && !key.isBlank()) {
            made.remove(entry(subject, key));
        }
    }

    private static String entry(String subject, String key) {
        if (key.length() > MAX_KEY_CHARS) {
            throw new IllegalArgumentException("Idempotency-Key has at most " + MAX_KEY_CHARS + " characters");
        }
        return subject + "\n" + key;
    }
}

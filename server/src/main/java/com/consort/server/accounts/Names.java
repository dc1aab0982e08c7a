package com.consort.server.accounts;

import com.consort.server.audit.AuditLog;
import com.consort.server.security.ApiKeys;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The name a person reads for a subject that records keep ({@code user:<id>}, {@code key:<id>},
 * {@code system}): a user's display name; a key issued to a user is that user; a machine's key is
 * "name (API key)". Never the raw subject of a user or key, which means nothing to a person.
 */
@Component
public class Names {

    private final Users users;
    private final ApiKeys keys;

    Names(Users users, ApiKeys keys) {
        this.users = users;
        this.keys = keys;
    }

    public String of(String subject) {
        if (subject == null) {
            return null;
        }
        if (subject.startsWith("user:")) {
            return user(subject.substring(5));
        }
        if (subject.startsWith("key:")) {
            // a revoked key still names what it was
            return keys.find(subject.substring(4)).map(key -> key.userId() != null ? user(key.userId())
                    : key.name() + " (API key)").orElse("an unknown key");
        }
        return AuditLog.SYSTEM_ACTOR.equals(subject) ? "Consort" : subject;
    }

    /** Each distinct subject's name, looked up once. */
    public Map<String, String> of(Collection<String> subjects) {
        Map<String, String> names = new HashMap<>();
        subjects.stream().filter(Objects::nonNull).distinct().forEach(s -> names.put(s, of(s)));
        return names;
    }

    private String user(String id) {
        return users.find(id).map(u -> u.displayName() == null || u.displayName().isBlank() ? u.username() : u.displayName())
                .orElse("a removed user");
    }
}

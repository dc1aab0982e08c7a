package com.consort.server.studio;

import com.consort.server.accounts.Users;
import com.consort.server.audit.AuditLog;
import com.consort.server.security.ApiKeys;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The names of the people behind stored subjects ({@code user:<id>}, {@code key:<id>}), for pages that
 * show who wrote, submitted or approved a draft: a user's display name; a key issued to a user is that
 * user; a machine's key is "key 'name'". Never the raw subject, which means nothing to a person.
 */
@Component
public class PeopleNames {

    private final Users users;
    private final ApiKeys keys;

    PeopleNames(Users users, ApiKeys keys) {
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
            return keys.find(subject.substring(4)).map(key -> key.userId() != null ? user(key.userId())
                    : "key '" + key.name() + "'").orElse("an unknown key");
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

package com.consort.server.accounts;

import com.consort.server.security.ApiKey;
import com.consort.server.security.ApiKeys;
import org.springframework.stereotype.Component;

/**
 * The name a person reads for a subject that records keep ({@code user:<id>}, {@code key:<id>},
 * {@code system}, {@code cli}): the user's display name, or the API key's name; the subject itself
 * when nothing is known of it.
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
        if (subject == null || subject.isBlank()) {
            return "";
        }
        if (subject.startsWith("user:")) {
            return users.find(subject.substring(5)).map(u -> u.displayName() == null || u.displayName().isBlank()
                    ? u.username() : u.displayName()).orElse(subject);
        }
        if (subject.startsWith("key:")) {
            String id = subject.substring(4);
            // keys are few (machines), and a revoked key still names what it was
            return keys.list().stream().filter(k -> k.id().equals(id)).map(ApiKey::name).findFirst()
                    .map(name -> name + " (API key)").orElse(subject);
        }
        return subject;
    }
}

package com.consort.server.security;

import org.springframework.stereotype.Component;

/**
 * Who is behind a subject ({@code user:<id>} or {@code key:<id>}), for rules about people rather than
 * credentials (two-person approval): a key issued to a user is that user; a key issued to nobody (a
 * machine's) is a person of its own. Sessions already carry the user's subject.
 */
@Component
public class People {

    private final ApiKeys keys;

    People(ApiKeys keys) {
        this.keys = keys;
    }

    public String of(String subject) {
        if (subject != null && subject.startsWith("key:")) {
            return keys.userOf(subject.substring(4)).map(user -> "user:" + user).orElse(subject);
        }
        return subject;
    }
}

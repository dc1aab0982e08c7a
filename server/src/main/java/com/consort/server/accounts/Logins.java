package com.consort.server.accounts;

import java.util.Locale;
import java.util.Optional;

/**
 * What a person types as their login (a username or an email), made into the one form that accounts
 * are stored and looked up in, and that the login throttle counts: used by both, so the two can never
 * disagree about who a login is. A login with a control or formatting character (say {@code "alice\u0001"})
 * names nobody: no username or email can contain one.
 */
final class Logins {

    static final int MAX_LENGTH = 320;

    private Logins() {
    }

    /** The login, trimmed and lower-cased; empty when it is blank, too long or has a control character. */
    static Optional<String> normalise(String login) {
        if (login == null) {
            return Optional.empty();
        }
        String trimmed = login.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH || trimmed.codePoints().anyMatch(Logins::invisible)) {
            return Optional.empty();
        }
        return Optional.of(trimmed.toLowerCase(Locale.ROOT));
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED;
    }
}

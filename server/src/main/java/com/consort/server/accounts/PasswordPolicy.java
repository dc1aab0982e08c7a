package com.consort.server.accounts;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which new passwords are accepted (OWASP ASVS: a length, and a check against common and breached
 * passwords, not composition rules). At least 12 characters and at most 72 bytes (bcrypt reads no more),
 * and not easy to guess: zxcvbn (zxcvbn4j) estimates the guesses an attacker needs from its lists of
 * about 30,000 common and leaked passwords, names and words, and from repeats ("aaaaaaaaaaaa"), sequences
 * ("abcdefghijkl", "123456789012"), keyboard runs, dates, and the account's own username, email and name.
 * Fewer than 10^8 guesses is refused, with the reason.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    /** zxcvbn's score 3: at least 10^8 guesses ("safely unguessable" online, strong enough behind bcrypt). */
    static final int MIN_SCORE = 3;
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordPolicy() {
    }

    /** The password if it may be used by the account these words describe; IllegalArgumentException (a 400) why not. */
    static String check(String password, String... accountWords) {
        if (password == null || password.length() < MIN_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("A password has at least " + MIN_LENGTH + " characters and at most "
                    + MAX_BYTES + " bytes");
        }
        List<String> inputs = new ArrayList<>(List.of("consort"));
        for (String word : accountWords) {
            if (word != null && !word.isBlank()) {
                String w = word.toLowerCase(Locale.ROOT);
                inputs.add(w);
                if (w.contains("@")) {
                    inputs.add(w.substring(0, w.indexOf('@')));
                }
            }
        }
        Strength strength = ZXCVBN.measure(password, inputs);
        if (strength.getScore() < MIN_SCORE) {
            String warning = strength.getFeedback().getWarning(Locale.ENGLISH);
            throw new IllegalArgumentException("This password is too easy to guess"
                    + (warning == null || warning.isBlank() ? "" : ": " + warning.strip().replaceAll("\\.$", ""))
                    + ". Use a longer phrase of unrelated words, and not your name, username or email.");
        }
        return password;
    }
}

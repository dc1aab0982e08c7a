package com.consort.server.security;

import java.io.Console;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a secret generated on the first run (the admin's API key, the admin's password) once, on the
 * terminal the server was started from, and never through the logger: a log file, a log shipper or a
 * journal would keep it in clear. Without a terminal (a service, a container, output redirected to a
 * file) the secret is not shown at all, and the log says which setting chooses it instead.
 */
public final class FirstRunSecrets {

    private static final Logger log = LoggerFactory.getLogger(FirstRunSecrets.class);
    private final Supplier<Console> console;

    public FirstRunSecrets() {
        this(System::console);
    }

    public FirstRunSecrets(Supplier<Console> console) {
        this.console = console;
    }

    /** Whether a generated secret can be shown: only then is it worth generating one. */
    public boolean canShow() {
        return console.get() != null;
    }

    /** Shows {@code secret} on the terminal, or says in the log (without it) how to choose one instead. */
    public void show(String what, String secret, String howToUse, String setting) {
        Console terminal = console.get();
        if (terminal == null) {
            log.warn("First run: no terminal to show {} on, so none is shown; set {} and restart to choose it.", what, setting);
            return;
        }
        terminal.printf("%n==================================================================%n"
                + " First run: %s. It is shown only now, on this terminal%n"
                + " (never in a log):%n   %s%n %s%n Set %s to choose your own instead.%n"
                + "==================================================================%n", what, secret, howToUse, setting);
        terminal.flush();
        log.info("First run: {} was shown once on the terminal (not logged).", what);
    }
}

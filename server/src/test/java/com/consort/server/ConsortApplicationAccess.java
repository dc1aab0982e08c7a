package com.consort.server;

/** Lets tests in other packages run the command-line entry without exiting the JVM. */
public final class ConsortApplicationAccess {

    private ConsortApplicationAccess() {
    }

    public static int runImport(String[] args) throws Exception {
        return ConsortApplication.runImport(args);
    }
}

package com.consort.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs suite files against the {@link Targets}: the cases of several suites in parallel on a fixed pool (the system under
 * test bounds its own model threads, so a small pool is enough) and reports progress after each case. A {@link Factory}
 * (a bean of the module's configuration) binds the files; the suites and the runner are behind the door.
 */
public interface EvalRunner {

    /** Binds suite files to the targets. */
    interface Factory {
        /** Binds each suite file to the targets by its kind; a suite whose cases cannot be read fails here, before anything runs. */
        EvalRunner of(List<SuiteFile> files, Targets targets);
    }

    /** Called after every finished case, from the worker threads. */
    interface Progress {
        void update(int done, int total, int failed);

        Progress NONE = (done, total, failed) -> { };
    }

    /**
     * @param only when not null, the case ids to run per suite (a re-run of failures); suites missing
     *        from the map are not run
     */
    record Options(String mode, int threads, Map<String, Set<String>> only) {
        public Options {
            threads = Math.max(1, threads);
        }

        public static Options of(String mode) {
            return new Options(mode, Runtime.getRuntime().availableProcessors(), null);
        }
    }

    /** The number of cases of a full run. */
    int cases();

    RunResult run(Options options, Progress progress);
}

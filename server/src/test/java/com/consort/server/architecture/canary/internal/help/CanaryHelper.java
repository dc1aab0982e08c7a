package com.consort.server.architecture.canary.internal.help;

import com.consort.server.architecture.canary.internal.work.CanaryWorker;

/** Uses the worker that uses it: a cycle between two of the canary's internal packages. */
public class CanaryHelper {
    CanaryWorker worker;
}

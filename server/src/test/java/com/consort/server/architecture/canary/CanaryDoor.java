package com.consort.server.architecture.canary;

import com.consort.server.architecture.canary.internal.work.CanaryWorker;

/**
 * The door of ModuleBoundariesTest's canary module, which breaks the rules on purpose: it uses a class behind it,
 * and that class uses it back (a door -> internal -> door cycle). Nothing else uses these classes.
 */
public class CanaryDoor {
    CanaryWorker worker;
}

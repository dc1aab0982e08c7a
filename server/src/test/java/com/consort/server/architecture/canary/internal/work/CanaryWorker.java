package com.consort.server.architecture.canary.internal.work;

import com.consort.server.architecture.canary.CanaryDoor;
import com.consort.server.architecture.canary.internal.help.CanaryHelper;

/** Behind the canary's door; uses the door back, and a helper that uses it back (an internal cycle). */
public class CanaryWorker {
    CanaryDoor door;
    CanaryHelper helper;
}

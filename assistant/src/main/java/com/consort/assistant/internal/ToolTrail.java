package com.consort.assistant.internal;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** What the assistant tools gave the model during one answer: the partners they returned and their results as JSON. */
public final class ToolTrail {

    final Set<String> partnerIds = ConcurrentHashMap.newKeySet();
    final Collection<String> results = new ConcurrentLinkedQueue<>();

    /** A tool returned these partners, in this result (JSON). */
    public void add(Collection<String> partners, String result) {
        partnerIds.addAll(partners);
        results.add(result);
    }
}

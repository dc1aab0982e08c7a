/**
 * Behind the knowledge module's door: one package per feature (document, embedding, partner, search,
 * storage, track), public only where the door or another feature calls in. No other module may use these
 * types; no cycle runs between these packages (ModuleBoundariesTest).
 */
package com.consort.knowledge.internal;

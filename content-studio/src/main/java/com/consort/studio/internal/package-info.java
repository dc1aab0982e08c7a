/**
 * How the content studio works, not for use outside the module, and package-private throughout: the door's interfaces
 * are implemented here (the draft service and its store, the writer and the offline copy, claim and brand checks, the
 * story reader and fact extractor, exports, and the review workflow split into its rules, store, queue and expiry),
 * and the studio and review configurations wire them.
 */
package com.consort.studio.internal;

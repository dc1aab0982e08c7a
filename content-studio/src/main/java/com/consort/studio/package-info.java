/**
 * The content studio's door: partner-facing assets drafted from case studies and checked against their sources.
 * {@link com.consort.studio.Drafts} creates, edits, versions and exports drafts, {@link com.consort.studio.Reviews}
 * runs their review workflow and queue, {@link com.consort.studio.BrandKits} holds the vendor's and partners' kits,
 * {@link com.consort.studio.Stories} reads case-study facts with their source passages, and {@link
 * com.consort.studio.StudioAccess} decides who may see and write which story, draft and kit; the records, events
 * ({@link com.consort.studio.ReviewEvent}, {@link com.consort.studio.DraftVersionWritten}), the {@link
 * com.consort.studio.Persons} port and the exceptions they use are here too. Everything else is in {@code internal}.
 */
package com.consort.studio;

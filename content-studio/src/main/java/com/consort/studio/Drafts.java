package com.consort.studio;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The studio's service API: drafts written from a case study, versioned, edited, compared and
 * exported. Every version is rendered and checked (claims against the story, brand rules) before it is
 * stored. {@link StudioAccess} decides who may see which draft; this class never trusts an edit to change a
 * locked section. A new version of a draft out of the review workflow is refused; every new version of an
 * existing draft is announced as a {@link DraftVersionWritten} event once committed, which the review
 * workflow handles.
 */
public interface Drafts {

    /** Writes version 1 of a new draft; {@code actor} is the caller's subject, stored as owner. */
    DraftView create(NewDraft request, String actor);

    /**
     * Writes the draft again from the story: with {@code facts} when given (reviewed or corrected),
     * else with the facts of the current version. Fails with {@link StaleDraftException} when the draft
     * is no longer at {@code expectedVersion}, with {@link ConflictException} when it is out of the review
     * workflow (rejected, archived, expired).
     */
    DraftView regenerate(String id, int expectedVersion, List<Fact> facts, String actor);

    /**
     * Replaces some editable sections (the others stay as they are) and checks the result again.
     * Locked sections (legal, vendor boilerplate) and unknown sections are refused; stale or closed
     * drafts as for {@link #regenerate}.
     */
    DraftView edit(String id, int expectedVersion, Map<String, String> sections, String actor);

    Optional<Draft> find(String id);

    /** The draft with its current version. */
    Optional<DraftView> get(String id);

    /** Newest first; only one partner's drafts when {@code partnerId} is given, only those in {@code status} when given. */
    List<Draft> list(String partnerId, String status, long offset, int limit);

    List<DraftVersion> versions(String id);

    Optional<DraftVersion> version(String id, int version);

    /** Word-level differences between two versions, section by section. */
    DraftDiff diff(String id, int from, int to);

    /**
     * The asset as a file: html (every type; text assets in a plain page), pdf (one-pager and landing
     * page) or md (email, social posts, blog post). {@code version} null means the current one.
     */
    Export export(String id, Integer version, String format);

    /**
     * Sets the review status if the draft is still at {@code expectedLockVersion}; for the review
     * workflow, which owns the meaning of the states.
     */
    Draft updateStatus(String id, long expectedLockVersion, String status);
}

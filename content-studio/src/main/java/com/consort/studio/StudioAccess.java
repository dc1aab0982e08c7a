package com.consort.studio;

import com.consort.knowledge.Document;
import com.consort.knowledge.DocumentIngestor;
import com.consort.knowledge.DocumentKind;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place that decides who may read and write which drafts and stories; the studio API, the review
 * workflow and its pages, and the MCP tool {@code draft_asset} all ask it (the server decides only which
 * roles reach an endpoint at all).
 * <ul>
 * <li>A PARTNER reads and writes only the drafts co-branded with itself, and reads and drafts from only
 * its own stories; anything else is "not found", exactly like something that does not exist.</li>
 * <li>A SELLER reads published assets only: unpublished drafts and their review are between marketing and
 * the partner (least privilege; docs/architecture.md). ADMIN and MARKETING read everything.</li>
 * <li>A draft co-branded with partner B is written only from one of B's own stories or from a vendor story
 * (one without a partner), never from another partner's story: for every role, on create and on
 * regenerate, since a draft carries its story's facts and excerpts to everyone who may read the draft.
 * A vendor-only draft (no co-brand) may come from any story: only vendor roles read it.</li>
 * <li>A vendor story co-branded with B shows B what the draft carries (its text, facts and the excerpts
 * that support its claims) and nothing more: the story itself (its facts in the studio, its passages on
 * the review page) stays the vendor's.</li>
 * </ul>
 */
public class StudioAccess {

    private final Drafts drafts;
    private final Stories stories;
    private final DocumentIngestor ingestor;

    public StudioAccess(Drafts drafts, Stories stories, DocumentIngestor ingestor) {
        this.drafts = drafts;
        this.stories = stories;
        this.ingestor = ingestor;
    }

    /** The draft if the actor may read it; "not found" otherwise, exactly as for a draft that does not exist. */
    public Draft readable(Actor actor, String draftId) {
        return drafts.find(draftId).filter(d -> mayRead(actor, d))
                .orElseThrow(() -> new NoSuchElementException("No draft " + draftId));
    }

    public boolean mayRead(Actor actor, Draft draft) {
        return switch (actor.role()) {
            case ADMIN, MARKETING -> true;
            case PARTNER -> draft.partnerId() != null && draft.partnerId().equals(actor.partnerId());
            case SELLER -> PUBLISHED.equals(draft.status());
            case EVALUATOR -> false;
        };
    }

    /** The drafts this actor may read, newest first: a partner's own, a seller's published ones, or all. */
    public List<Draft> list(Actor actor, String partnerId, long offset, int limit) {
        return switch (actor.role()) {
            case ADMIN, MARKETING -> drafts.list(partnerId, null, offset, limit);
            case PARTNER -> drafts.list(actor.partnerId(), null, offset, limit);
            case SELLER -> drafts.list(partnerId, PUBLISHED, offset, limit);
            case EVALUATOR -> List.of();
        };
    }

    /** The story, if the actor may read it (and so draft from it); "not found" otherwise. */
    public Document story(Actor actor, String documentId) {
        return stories.document(documentId).filter(d -> mayReadStory(actor, d))
                .orElseThrow(() -> new NoSuchElementException("No case study " + documentId));
    }

    public boolean mayReadStory(Actor actor, Document story) {
        return actor.role() != StudioRole.PARTNER || Objects.equals(story.partnerId(), actor.partnerId());
    }

    /** Whether the actor may see the whole source story of a draft it may read (the review page shows it beside the draft). */
    public boolean mayReadSource(Actor actor, Draft draft) {
        return stories.document(draft.sourceDocumentId()).map(d -> mayReadStory(actor, d)).orElse(false);
    }

    /** The actor's stories to write from: a partner's own, everyone's for vendor roles. */
    public List<Document> stories(Actor actor) {
        return stories.list(actor.isPartner() ? actor.partnerId() : null);
    }

    /**
     * Stores and indexes a story as a case study: a partner's is always its own (naming another partner is
     * "not found"); marketing and admins name its partner, or none for a vendor story. Uploading the same
     * file again gives the same story. A file already stored as someone else's story or document is
     * refused without saying whose, since its id and title are theirs.
     */
    public DocumentIngestor.Result upload(Actor actor, byte[] content, String fileName, String partnerId, String title) {
        String owner = partnerId == null || partnerId.isBlank() ? null : partnerId.strip();
        if (actor.isPartner()) {
            if (owner != null && !owner.equals(actor.partnerId())) {
                throw new NoSuchElementException("No partner " + owner);
            }
            owner = actor.partnerId();
        }
        String named = title == null || title.isBlank() ? null : title.strip();
        var result = ingestor.ingest(new DocumentIngestor.Upload(content, fileName, DocumentKind.CASE_STUDY, owner, named));
        Document stored = result.document();
        if (!result.created() && (stored.kind() != DocumentKind.CASE_STUDY || !Objects.equals(stored.partnerId(), owner))) {
            throw new ConflictException("Exactly this file is already stored in Consort for "
                    + "someone else. Upload your own copy with a change (for example your own title page), or ask "
                    + "the vendor's marketing team to share that story with you.");
        }
        return result;
    }

    public DraftView create(String sourceDocumentId, String partnerId, String assetType, String language, List<Fact> facts,
            Actor actor) {
        String coBrand = partnerId == null || partnerId.isBlank() ? null : partnerId;
        if (actor.isPartner()) {
            if (coBrand != null && !coBrand.equals(actor.partnerId())) {
                throw new NoSuchElementException("No partner " + coBrand);
            }
            coBrand = actor.partnerId();
        }
        if (sourceDocumentId == null || sourceDocumentId.isBlank()) {
            throw new IllegalArgumentException("sourceDocumentId is required");
        }
        requireSourceFits(story(actor, sourceDocumentId), coBrand);
        return drafts.create(new NewDraft(sourceDocumentId, coBrand, assetType, language, facts), actor.subject());
    }

    /** A new version written again from the draft's story: only while that story still fits the draft's co-brand. */
    public DraftView regenerate(String draftId, int expectedVersion, List<Fact> facts, Actor actor) {
        Draft draft = readable(actor, draftId);
        Document story = stories.document(draft.sourceDocumentId())
                .orElseThrow(() -> new NoSuchElementException("The story of draft " + draftId + " no longer exists"));
        requireSourceFits(story, draft.partnerId());
        return drafts.regenerate(draftId, expectedVersion, facts, actor.subject());
    }

    private static void requireSourceFits(Document story, String coBrand) {
        if (coBrand != null && story.partnerId() != null && !story.partnerId().equals(coBrand)) {
            throw new IllegalArgumentException("This story is partner " + story.partnerId() + "'s: an asset co-branded with "
                    + coBrand + " is written from " + coBrand + "'s own stories or from vendor stories");
        }
    }

    /** A brand kit ({@link BrandKit#VENDOR} or a partner id): the vendor's and a partner's own for a partner; every one for vendor roles. */
    public boolean mayReadBrandKit(Actor actor, String kitId) {
        return BrandKit.VENDOR.equals(kitId) || mayWriteBrandKit(actor, kitId);
    }

    /** A partner keeps its own brand kit only; vendor roles keep every one. */
    public boolean mayWriteBrandKit(Actor actor, String kitId) {
        return !actor.isPartner() || kitId.equals(actor.partnerId());
    }

    public Optional<Draft> find(String draftId) {
        return drafts.find(draftId);
    }

    private static final String PUBLISHED = ReviewState.PUBLISHED.code();
}

package com.consort.server.studio;

import com.consort.knowledge.Document;
import com.consort.knowledge.DocumentIngestor;
import com.consort.knowledge.DocumentKind;
import com.consort.server.security.Caller;
import com.consort.server.security.Role;
import com.consort.studio.Draft;
import com.consort.studio.DraftView;
import com.consort.studio.Drafts;
import com.consort.studio.Fact;
import com.consort.studio.NewDraft;
import com.consort.studio.Stories;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one place that decides who may read and write which drafts and stories; the studio API, the review
 * workflow and its pages, and the MCP tool {@code draft_asset} all ask it (SecurityConfiguration decides
 * only which roles reach an endpoint at all).
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
@Component
public class DraftAccess {

    private final Drafts drafts;
    private final Stories stories;
    private final DocumentIngestor ingestor;

    DraftAccess(Drafts drafts, Stories stories, DocumentIngestor ingestor) {
        this.drafts = drafts;
        this.stories = stories;
        this.ingestor = ingestor;
    }

    /** The draft if the caller may read it; "not found" otherwise, exactly as for a draft that does not exist. */
    public Draft readable(Caller caller, String draftId) {
        return drafts.find(draftId).filter(d -> mayRead(caller, d))
                .orElseThrow(() -> new NoSuchElementException("No draft " + draftId));
    }

    public boolean mayRead(Caller caller, Draft draft) {
        return switch (caller.role()) {
            case ADMIN, MARKETING -> true;
            case PARTNER -> draft.partnerId() != null && draft.partnerId().equals(caller.partnerId());
            case SELLER -> PUBLISHED.equals(draft.status());
            case EVALUATOR -> false;
        };
    }

    /** The drafts this caller may read, newest first: a partner's own, a seller's published ones, or all. */
    public List<Draft> list(Caller caller, String partnerId, long offset, int limit) {
        return switch (caller.role()) {
            case ADMIN, MARKETING -> drafts.list(partnerId, null, offset, limit);
            case PARTNER -> drafts.list(caller.partnerId(), null, offset, limit);
            case SELLER -> drafts.list(partnerId, PUBLISHED, offset, limit);
            case EVALUATOR -> List.of();
        };
    }

    /** The story, if the caller may read it (and so draft from it); "not found" otherwise. */
    public Document story(Caller caller, String documentId) {
        return stories.document(documentId).filter(d -> mayReadStory(caller, d))
                .orElseThrow(() -> new NoSuchElementException("No case study " + documentId));
    }

    public boolean mayReadStory(Caller caller, Document story) {
        return caller.role() != Role.PARTNER || Objects.equals(story.partnerId(), caller.partnerId());
    }

    /** Whether the caller may see the whole source story of a draft it may read (the review page shows it beside the draft). */
    public boolean mayReadSource(Caller caller, Draft draft) {
        return stories.document(draft.sourceDocumentId()).map(d -> mayReadStory(caller, d)).orElse(false);
    }

    /** The caller's stories to write from: a partner's own, everyone's for vendor roles. */
    public List<Document> stories(Caller caller) {
        return stories.list(caller.isPartner() ? caller.partnerId() : null);
    }

    /**
     * Stores and indexes a story as a case study: a partner's is always its own (naming another partner is
     * "not found"); marketing and admins name its partner, or none for a vendor story. Uploading the same
     * file again gives the same story. A file already stored as someone else's story or document is
     * refused without saying whose, since its id and title are theirs.
     */
    public DocumentIngestor.Result upload(Caller caller, byte[] content, String fileName, String partnerId, String title) {
        String owner = partnerId == null || partnerId.isBlank() ? null : partnerId.strip();
        if (caller.isPartner()) {
            if (owner != null && !owner.equals(caller.partnerId())) {
                throw new NoSuchElementException("No partner " + owner);
            }
            owner = caller.partnerId();
        }
        String named = title == null || title.isBlank() ? null : title.strip();
        var result = ingestor.ingest(new DocumentIngestor.Upload(content, fileName, DocumentKind.CASE_STUDY, owner, named));
        Document stored = result.document();
        if (!result.created() && (stored.kind() != DocumentKind.CASE_STUDY || !Objects.equals(stored.partnerId(), owner))) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Exactly this file is already stored in Consort for "
                    + "someone else. Upload your own copy with a change (for example your own title page), or ask "
                    + "the vendor's marketing team to share that story with you.");
        }
        return result;
    }

    public DraftView create(String sourceDocumentId, String partnerId, String assetType, String language, List<Fact> facts,
            Caller caller) {
        String coBrand = partnerId == null || partnerId.isBlank() ? null : partnerId;
        if (caller.isPartner()) {
            if (coBrand != null && !coBrand.equals(caller.partnerId())) {
                throw new NoSuchElementException("No partner " + coBrand);
            }
            coBrand = caller.partnerId();
        }
        if (sourceDocumentId == null || sourceDocumentId.isBlank()) {
            throw new IllegalArgumentException("sourceDocumentId is required");
        }
        requireSourceFits(story(caller, sourceDocumentId), coBrand);
        return drafts.create(new NewDraft(sourceDocumentId, coBrand, assetType, language, facts), caller.subject());
    }

    /** A new version written again from the draft's story: only while that story still fits the draft's co-brand. */
    public DraftView regenerate(String draftId, int expectedVersion, List<Fact> facts, Caller caller) {
        Draft draft = readable(caller, draftId);
        Document story = stories.document(draft.sourceDocumentId())
                .orElseThrow(() -> new NoSuchElementException("The story of draft " + draftId + " no longer exists"));
        requireSourceFits(story, draft.partnerId());
        return drafts.regenerate(draftId, expectedVersion, facts, caller.subject());
    }

    private static void requireSourceFits(Document story, String coBrand) {
        if (coBrand != null && story.partnerId() != null && !story.partnerId().equals(coBrand)) {
            throw new IllegalArgumentException("This story is partner " + story.partnerId() + "'s: an asset co-branded with "
                    + coBrand + " is written from " + coBrand + "'s own stories or from vendor stories");
        }
    }

    public Optional<Draft> find(String draftId) {
        return drafts.find(draftId);
    }

    private static final String PUBLISHED = "published";
}

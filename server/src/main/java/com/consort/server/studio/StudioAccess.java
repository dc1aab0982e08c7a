package com.consort.server.studio;

import com.consort.knowledge.document.Document;
import com.consort.server.security.Caller;
import com.consort.studio.DraftView;
import com.consort.studio.Drafts;
import com.consort.studio.Fact;
import com.consort.studio.NewDraft;
import com.consort.studio.Stories;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Writing a draft on a caller's behalf, with the partner confinement that the studio API and the MCP tool
 * {@code draft_asset} share: a partner writes for itself only, from its own stories; another partner's
 * story is "not found", exactly like one that does not exist.
 */
@Component
class StudioAccess {

    private final Drafts drafts;
    private final Stories stories;

    StudioAccess(Drafts drafts, Stories stories) {
        this.drafts = drafts;
        this.stories = stories;
    }

    DraftView create(String sourceDocumentId, String partnerId, String assetType, String language, List<Fact> facts,
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
        requireStory(sourceDocumentId, caller);
        return drafts.create(new NewDraft(sourceDocumentId, coBrand, assetType, language, facts), caller.subject());
    }

    void requireStory(String documentId, Caller caller) {
        Document d = stories.document(documentId).orElseThrow(() -> new NoSuchElementException("No case study " + documentId));
        if (caller.isPartner() && !Objects.equals(d.partnerId(), caller.partnerId())) {
            throw new NoSuchElementException("No case study " + documentId);
        }
    }
}

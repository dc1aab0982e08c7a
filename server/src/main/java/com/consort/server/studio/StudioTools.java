package com.consort.server.studio;

import com.consort.server.security.Caller;
import com.consort.studio.StudioAccess;
import com.consort.studio.Checks;
import com.consort.studio.DraftView;
import java.util.List;
import java.util.Map;
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;
import org.springframework.stereotype.Component;

/**
 * The content studio's tool for external agents (offered over MCP): drafting an asset from a case study,
 * on the caller's behalf and with the studio API's partner confinement. The caller comes from the tool
 * context (key {@link #CALLER}), put there by the MCP server from the request's API key.
 */
@Component
public class StudioTools {

    public static final String CALLER = "consort.caller";

    /** What an agent needs to show the draft and decide the next step; the full draft is at {@code url}. */
    public record DraftedAsset(String draftId, String url, String partnerId, String sourceDocumentId, String assetType,
            String language, String status, int version, String mode, Map<String, String> sections,
            int claims, List<Checks.Claim> unsupportedClaims, List<Checks.Finding> findings, boolean submittable) {
    }

    private final StudioAccess access;

    StudioTools(StudioAccess access) {
        this.access = access;
    }

    @Tool(name = "draft_asset", description = """
            Draft a co-branded marketing asset from a customer case study in the content studio: a one-pager, email, \
            social posts, landing page or blog post, written from the story's facts and checked (every figure and \
            quote traced to the story, brand rules applied). Returns the new draft's sections, the claims that could \
            not be traced, brand findings and whether it can be submitted for marketing review. The draft is saved \
            as the caller's; it is not published. Only for partner and marketing roles; a partner drafts from its \
            own case studies only (others are 'not found') and always co-brands with itself.""")
    public DraftedAsset draftAsset(
            @ToolParam(description = "The case study's document id (the documentId of a find_case_studies passage, "
                    + "or an id from GET /api/studio/stories)") String caseStudyId,
            @ToolParam(description = "One of: one_pager, email, social, landing_page, blog_post") String assetType,
            @ToolParam(required = false, description = "Partner id to co-brand with, e.g. P0042; omit for a vendor-only "
                    + "asset (a partner caller always co-brands with itself)") String partnerId,
            @ToolParam(required = false, description = "Language code of the asset; default en") String language,
            ToolContext context) {
        if (!(context != null && context.getContext().get(CALLER) instanceof Caller caller)) {
            throw new IllegalStateException("draft_asset needs an authenticated caller");
        }
        DraftView view = access.create(caseStudyId, partnerId, assetType, language, null, Actors.of(caller));
        var d = view.draft();
        var v = view.version();
        return new DraftedAsset(d.id(), "/api/studio/drafts/" + d.id(), d.partnerId(), d.sourceDocumentId(),
                d.assetType().code(), d.language(), d.status(), v.version(), v.mode(), v.sections(),
                v.checks().claims().size(), v.checks().unsupported(), v.checks().findings(), v.submittable());
    }
}

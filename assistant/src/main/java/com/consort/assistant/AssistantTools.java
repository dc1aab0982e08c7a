package com.consort.assistant;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.ai.chat.model.ToolContext;

/**
 * The assistant's tools, defined once: the in-app agent calls them in LLM mode, and the MCP server offers the same
 * methods to external agents. Their descriptions for the model are on the implementation's {@code @Tool} methods,
 * behind the door; results are data for the model to quote, never instructions.
 */
public interface AssistantTools {

    /**
     * Tool-context key of the partner a PARTNER caller is confined to (set by the MCP server); the deal tools then read
     * only that partner's deals. An empty value matches no partner: a partner caller without a partner sees nothing.
     */
    String CONFINED_TO_PARTNER = "consort.confinedToPartner";

    record PartnerHit(String partnerId, String name, String type, String tier, List<String> countries,
            List<String> reasons, List<Passage> evidence) {
    }

    /** A passage to cite; {@code updatedAt} is when its document was last indexed. */
    record Passage(String documentId, String title, String kind, String partnerId, String locator, String text,
            Instant updatedAt) {
    }

    record PartnerProfile(String partnerId, String name, String type, String tier, boolean active,
            Map<String, List<String>> attributes, String description, String website, Double satisfaction,
            List<Passage> caseStudies) {
    }

    record PolicyAnswer(boolean covered, List<Passage> passages) {
    }

    /** Partners that fit a need, ranked, each with its reasons and evidence; the lists are filters over the need. */
    List<PartnerHit> searchPartners(String need, List<String> regions, List<String> countries, List<String> languages,
            List<String> industries, List<String> partnerTypes, Integer limit, ToolContext context);

    /** One partner's directory profile and a few of its customer stories. */
    Optional<PartnerProfile> getPartner(String partnerId, ToolContext context);

    /** Passages of customer stories on a topic, optionally of one partner. */
    List<Passage> findCaseStudies(String query, String partnerId, Integer limit, ToolContext context);

    /** The programme documents' passages for a question, and whether they cover its key terms. */
    PolicyAnswer programPolicy(String question, ToolContext context);

    /** Partners with deals at an account or in a segment, from the CRM opportunities. */
    AccountOverlap.Overlap accountOverlap(String account, List<String> industries, List<String> places, String since,
            ToolContext context);
}

package com.consort.assistant.internal;

import static com.consort.assistant.internal.Markdown.md;

import com.consort.assistant.Answer;
import com.consort.assistant.Answer.Citation;
import com.consort.assistant.Answer.PartnerCard;
import com.consort.assistant.ConversationState;
import com.consort.knowledge.Document;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.Facet;
import com.consort.knowledge.Partner;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.PartnerSearch;
import com.consort.prompts.Prompt;
import com.consort.prompts.PromptRegistry;
import com.consort.prompts.Rendered;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** "Tell me more about the second one": a partner of the last shortlist, its directory facts and its stories, cited. */
final class PartnerDetailAnswer {

    private final ChunkRetriever retriever;
    private final PartnerDirectory directory;
    private final DocumentRepository documents;
    private final DirectoryWords words;
    private final Prompt template;

    PartnerDetailAnswer(ChunkRetriever retriever, PartnerDirectory directory, DocumentRepository documents, DirectoryWords words,
            PromptRegistry prompts) {
        this.retriever = retriever;
        this.directory = directory;
        this.documents = documents;
        this.words = words;
        this.template = prompts.require("assistant.partner-detail", Set.of("partner", "facts", "stories", "rank"));
    }

    Reply answer(ConversationState state, int index) {
        if (index < 0 || index >= state.shortlist().size()) {
            var text = "Your last shortlist has " + state.shortlist().size() + " partner" + (state.shortlist().size() == 1 ? "" : "s")
                    + "; ask about one of them by its number.";
            return new Reply(new Answer(text, List.of(), List.of(), Answer.OFFLINE, "partner_detail", state.constraints(),
                    List.of(), List.of(), null, List.of()), state);
        }
        String partnerId = state.shortlist().get(index);
        Partner partner = directory.find(partnerId).orElse(null);
        if (partner == null) {
            return new Reply(new Answer("That partner is no longer in the directory.", List.of(), List.of(), Answer.OFFLINE,
                    "partner_detail", state.constraints(), List.of(), List.of(), null, List.of()), state);
        }
        var citations = new Citations();
        String profileId = PartnerDirectory.profileId(partnerId);
        var profile = new Citation(0, profileId, partner.name() + " — partner profile",
                DocumentKind.PROFILE.code(), partnerId, null,
                partner.description() == null ? "" : PartnerSearch.snippet(partner.description()),
                documents.find(profileId).map(Document::updatedAt).orElse(null));
        int profileN = citations.add(profile);
        List<Map<String, Object>> stories = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String query = state.question() == null ? partner.name() : state.question();
        for (var hit : retriever.storiesOf(partnerId, query, 12)) {
            if (seen.add(hit.document().id()) && stories.size() < 3) {
                int n = citations.add(Citations.citation(hit));
                stories.add(Map.of("title", md(hit.document().title()), "snippet", md(PartnerSearch.snippet(hit.chunk().text())), "cite", "[" + n + "]"));
            }
        }
        List<String> facts = new ArrayList<>();
        words.fact(facts, "Regions", partner.values(Facet.REGION), Facet.REGION);
        words.fact(facts, "Countries", partner.values(Facet.COUNTRY), Facet.COUNTRY);
        words.fact(facts, "Languages", partner.values(Facet.LANGUAGE), Facet.LANGUAGE);
        words.fact(facts, "Industries", partner.values(Facet.INDUSTRY), Facet.INDUSTRY);
        words.fact(facts, "Specialisations", partner.values(Facet.SPECIALIZATION), Facet.SPECIALIZATION);
        words.fact(facts, "Certifications", partner.values(Facet.CERTIFICATION), Facet.CERTIFICATION);
        words.fact(facts, "Integrations", partner.values(Facet.INTEGRATION), Facet.INTEGRATION);
        words.fact(facts, "Templates", partner.values(Facet.TEMPLATE), Facet.TEMPLATE);
        if (partner.satisfaction() != null) {
            facts.add("Customer satisfaction: " + partner.satisfaction() + "/5");
        }
        if (!partner.active()) {
            facts.add("Status: inactive");
        }
        var card = new PartnerCard(partnerId, partner.name(), index + 1, partner.type(), partner.tier(),
                partner.values(Facet.COUNTRY), List.of(), citations.all(), List.of());
        Rendered rendered = template.render(Map.of(
                "partner", Map.of("name", md(partner.name()), "summary", md(words.summary(partner)), "cite", "[" + profileN + "]"),
                "facts", facts, "stories", stories, "rank", index + 1));
        var answer = new Answer(rendered.text().strip(), List.of(card), citations.all(), Answer.OFFLINE, "partner_detail",
                state.constraints(), List.of(), List.of(), null, List.of(rendered.prompt()));
        return new Reply(answer, state);
    }
}

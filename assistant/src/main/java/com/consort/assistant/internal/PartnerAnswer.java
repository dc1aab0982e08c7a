package com.consort.assistant.internal;

import com.consort.knowledge.CorpusTerms;
import static com.consort.assistant.internal.DirectoryWords.label;
import static com.consort.assistant.internal.Markdown.md;

import com.consort.assistant.Answer;
import com.consort.assistant.Answer.Citation;
import com.consort.assistant.Answer.PartnerCard;
import com.consort.assistant.ConversationState;
import com.consort.knowledge.Facet;
import com.consort.knowledge.Partner;
import com.consort.knowledge.Vocabulary;
import com.consort.knowledge.Constraints;
import com.consort.knowledge.Criterion;
import com.consort.knowledge.PartnerSearch;
import com.consort.prompts.Prompt;
import com.consort.prompts.PromptRegistry;
import com.consort.prompts.Rendered;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Which partner fits?": a shortlist of partners that meet every constraint read from the question (or the last search
 * narrowed by a follow-up), each reason citing the passage that supports it; when nobody fits, the nearest partners
 * labelled with what they miss.
 */
final class PartnerAnswer {

    private final PartnerSearch search;
    private final ChunkRetriever retriever;
    private final Vocabulary vocabulary;
    private final DirectoryWords words;
    private final CorpusTerms corpus;
    private final Set<String> vendorWords;
    private final Prompt template;

    PartnerAnswer(PartnerSearch search, ChunkRetriever retriever, Vocabulary vocabulary, DirectoryWords words, CorpusTerms corpus,
            Set<String> vendorWords, PromptRegistry prompts) {
        this.search = search;
        this.retriever = retriever;
        this.vocabulary = vocabulary;
        this.words = words;
        this.corpus = corpus;
        this.vendorWords = vendorWords;
        this.template = prompts.require("assistant.partners", Set.of("understood", "partners", "unmet", "alternatives", "refined", "unsaid"));
    }

    /** A new search ({@code refined} false) or the last one narrowed by the constraints of a follow-up. */
    Reply answer(Query query, Constraints constraints, boolean refined, int limit) {
        CorpusTerms.Snapshot terms = corpus.current();
        String question = query.text();
        // the criteria: the directory facts asked for (each cited from the profile) and the question's specific words,
        // each of which needs a passage that says it
        Constraints read = query.read().overriddenBy(constraints);
        List<Criterion> asked = Criterion.in(question, read, terms, vendorWords);
        // a partner is a match only with a passage for each need: look further down the ranking for them
        var response = search.search(query.search(constraints, asked.isEmpty() ? limit : limit * 4));
        Constraints applied = response.understood();
        // which of the words asked each partner shown has a passage for, read once for all of them
        Map<String, Set<String>> held = Criterion.heldBy(java.util.stream.Stream.concat(response.results().stream(),
                response.alternatives().stream()).map(PartnerSearch.Result::partnerId).toList(), asked, terms);
        // words that no candidate's passage says describe the situation more than they ask for something: said, not required
        List<Criterion> unsaid = asked.stream().filter(n -> response.results().stream()
                .noneMatch(r -> n.metBy(held.get(r.partnerId())))).toList();
        List<Criterion> needs = asked.stream().filter(n -> !unsaid.contains(n)).toList();
        List<PartnerSearch.Result> matches = new ArrayList<>();
        List<PartnerSearch.Result> lacking = new ArrayList<>();
        for (var result : response.results()) {
            (unmetNeeds(held.get(result.partnerId()), needs).isEmpty() ? matches : lacking).add(result);
        }
        var citations = new Citations();
        List<PartnerCard> cards = new ArrayList<>();
        for (var result : matches.subList(0, Math.min(limit, matches.size()))) {
            cards.add(card(result, cards.size() + 1, citations, List.of(), needs));
        }
        List<Answer.Unmet> unmet = new ArrayList<>(response.unmet().stream().map(u -> new Answer.Unmet(u.constraint(), u.values())).toList());
        List<PartnerCard> alternatives = new ArrayList<>();
        for (var result : response.alternatives()) {
            List<String> missing = new ArrayList<>(missing(result.partner(), applied));
            unmetNeeds(held.get(result.partnerId()), needs).forEach(n -> missing.add(n.miss()));
            alternatives.add(card(result, alternatives.size() + 1, citations, missing, needs));
        }
        if (!cards.isEmpty()) {
            // partners the ranking put in the shortlist's places that have no passage for something asked: alternatives, labelled
            for (var result : response.results().subList(0, Math.min(limit, response.results().size()))) {
                if (lacking.contains(result) && alternatives.size() < 3) {
                    alternatives.add(card(result, alternatives.size() + 1, citations,
                            unmetNeeds(held.get(result.partnerId()), needs).stream().map(Criterion::miss).toList(), needs));
                }
            }
        } else if (!lacking.isEmpty()) {
            // nobody has a passage for everything asked: an honest no-match, the nearest partners labelled with what they miss
            Set<String> unmetWords = new LinkedHashSet<>();
            for (var result : lacking.subList(0, Math.min(3, lacking.size()))) {
                List<String> missing = new ArrayList<>();
                unmetNeeds(held.get(result.partnerId()), needs).forEach(n -> {
                    missing.add(n.miss());
                    unmetWords.add(n.words());
                });
                alternatives.add(card(result, alternatives.size() + 1, citations, missing, needs));
            }
            unmet.add(new Answer.Unmet("text", unmetWords));
        }
        List<String> unmetText = unmet.stream().map(u -> label(u.constraint()) + " " + String.join(" or ", u.values())).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("understood", understood(applied));
        model.put("partners", cards.stream().map(c -> view(c)).toList());
        model.put("unmet", unmetText);
        model.put("alternatives", alternatives.stream().map(c -> view(c)).toList());
        model.put("refined", refined);
        model.put("unsaid", cards.isEmpty() ? List.of() : unsaid.stream().map(n -> md(n.words())).toList());
        Rendered rendered = template.render(model);
        var answer = new Answer(rendered.text().strip(), cards, citations.all(), Answer.OFFLINE, refined ? "refine" : "partners",
                applied.asFilters(), unmet, alternatives, null, List.of(rendered.prompt()), reading(applied));
        var state = new ConversationState(question, applied.asFilters(), applied.includeInactive(),
                cards.stream().map(PartnerCard::partnerId).toList(), query.kept());
        return new Reply(answer, state);
    }

    private PartnerCard card(PartnerSearch.Result result, int rank, Citations citations, List<String> missing, List<Criterion> needs) {
        List<Citation> evidence = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        List<String> boosts = new ArrayList<>();
        // each reason carries the passage that supports it: a directory fact its profile, a need the passage that says it
        Citation profile = null;
        for (var r : result.reasons()) {
            if ("boost".equals(r.criterion())) {
                boosts.add(r.explanation().replaceAll(" \\(\\+[0-9.]+\\)$", ""));
            } else if (PartnerSearch.TEXT.equals(r.criterion())) {
                // a word the search checked that is not a need here: its reason still cites the passage that says it
                if (r.citation() != null && needs.stream().noneMatch(n -> n.saidIn(r.citation().snippet()))) {
                    reasons.add(r.explanation() + Citations.cite(
                            citations.numbered(citations.add(citation(result.partnerId(), r.citation()))), evidence));
                }
            } else if (!"relevance".equals(r.criterion())) {
                if (profile == null) {
                    // the profile passage the search fetched, else the one that best says the fact
                    profile = r.citation() != null ? citations.numbered(citations.add(citation(result.partnerId(), r.citation())))
                            : passage(result.partnerId(), r.explanation() + " " + result.name(), true, citations);
                }
                reasons.add(r.explanation() + Citations.cite(profile, evidence));
            }
        }
        for (Criterion need : needs) {
            // the search's reason for the criterion cites the passage that says it; a search that checked other words is asked again
            Citation says = result.reasons().stream().filter(r -> PartnerSearch.TEXT.equals(r.criterion()) && r.citation() != null
                            && need.saidIn(r.citation().snippet()))
                    .findFirst().map(r -> citations.numbered(citations.add(citation(result.partnerId(), r.citation())))).orElse(null);
            if (says == null) {
                says = passage(result.partnerId(), need.words(), false, citations);
            }
            if (says != null && need.saidIn(says.snippet())) {
                reasons.add((ChunkRetriever.STORIES.contains(says.kind()) ? "Its customer story" : "Its profile") + " says "
                        + need.words() + ": \"" + says.snippet() + "\"" + Citations.cite(says, evidence));
            }
        }
        if (needs.isEmpty()) {
            // no specific words to check: the passage the ranking found closest, cited with the reason that names it
            Citation closest = null;
            for (var e : result.evidence()) {
                var c = citations.numbered(citations.add(new Citation(0, e.documentId(), e.title(), e.kind(), result.partnerId(),
                        e.locator(), e.snippet(), e.updatedAt())));
                closest = closest == null ? c : closest;
                Citations.cite(c, evidence);
            }
            Citation first = closest;
            result.reasons().stream().filter(r -> "relevance".equals(r.criterion())).findFirst()
                    .ifPresent(r -> reasons.add(r.explanation() + Citations.cite(first, evidence)));
        }
        if (!boosts.isEmpty()) {
            reasons.add("Ranked up for: " + String.join(", ", boosts));
        }
        Partner p = result.partner();
        return new PartnerCard(result.partnerId(), result.name(), rank, p.type(), p.tier(), p.values(Facet.COUNTRY),
                reasons, evidence, missing, result.score());
    }

    /** The partner's passage that best says the words, as a citation. */
    private Citation passage(String partnerId, String words, boolean profileOnly, Citations citations) {
        var hit = retriever.says(partnerId, words, profileOnly);
        return hit == null ? null : citations.cite(hit);
    }

    private static Citation citation(String partnerId, PartnerSearch.Evidence e) {
        return new Citation(0, e.documentId(), e.title(), e.kind(), partnerId, e.locator(), e.snippet(), e.updatedAt());
    }

    private static List<Criterion> unmetNeeds(Set<String> partnerTerms, List<Criterion> needs) {
        return needs.stream().filter(n -> !n.metBy(partnerTerms)).toList();
    }

    private Map<String, Object> view(PartnerCard card) {
        String cites = card.evidence().stream().map(c -> "[" + c.n() + "]").reduce("", String::concat);
        return Map.of("rank", card.rank(), "name", md(card.name()), "summary", md(words.summary(card.tier(), card.type(), card.countries())),
                "reasons", card.reasons().stream().map(Markdown::reasonMd).toList(), "cites", cites,
                "missing", card.missing().stream().map(Markdown::md).toList());
    }

    private List<String> missing(Partner partner, Constraints constraints) {
        List<String> missing = new ArrayList<>();
        constraints.byFacet().forEach((facet, wanted) -> {
            // a case-study industry is not a directory attribute: the search already checked it
            if (facet != Facet.CASE_STUDY_INDUSTRY && !vocabulary.meets(partner, facet, wanted)) {
                missing.add(label(facet.filterKey()) + " " + String.join(" or ", words.display(facet, wanted)));
            }
        });
        return missing;
    }

    private List<String> understood(Constraints constraints) {
        List<String> parts = new ArrayList<>();
        // how the question was read, with the words each reading came from, so a seller can correct it in a follow-up
        constraints.byFacet().forEach((facet, values) -> {
            List<String> phrases = constraints.mentions().stream().filter(m -> m.facet() == facet)
                    .map(m -> "'" + m.phrase() + "'" + (Constraints.SIMILAR.equals(m.how()) ? " (by meaning)"
                            : Constraints.PROFILES.equals(m.how()) ? " (its partners' word for it)" : "")).distinct().toList();
            parts.add(label(facet.filterKey()) + ": " + md(String.join(" or ", words.display(facet, values))
                    + (phrases.isEmpty() ? "" : ", from " + String.join(" and ", phrases))));
        });
        // a place or language the directory records for no partner: asked of the partners' own words
        constraints.mentions().stream().filter(m -> Constraints.UNRECORDED.equals(m.how()))
                .map(m -> label(m.facet().filterKey()) + ": " + md(String.join(" or ", words.display(m.facet(), Set.of(m.value())))
                        + ", from '" + m.phrase() + "', in the partners' own words (the directory records none)"))
                .distinct().forEach(parts::add);
        if (constraints.includeInactive()) {
            parts.add("including inactive partners");
        }
        return parts;
    }

    /** The reading for the API: every value in force with the words it came from (none for a value given as a filter). */
    private static List<Answer.Reading> reading(Constraints constraints) {
        return constraints.mentions().stream().filter(m -> Constraints.NOT.equals(m.how()) || Constraints.UNRECORDED.equals(m.how())
                        || constraints.byFacet().getOrDefault(m.facet(), Set.of()).contains(m.value()))
                .map(m -> new Answer.Reading(m.facet().filterKey(), m.value(), m.phrase(), m.how())).distinct().toList();
    }
}

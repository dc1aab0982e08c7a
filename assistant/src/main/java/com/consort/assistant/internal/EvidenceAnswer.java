package com.consort.assistant.internal;

import com.consort.knowledge.CorpusTerms;
import static com.consort.assistant.internal.Markdown.clean;
import static com.consort.assistant.internal.Markdown.clip;
import static com.consort.assistant.internal.Markdown.md;

import com.consort.assistant.Answer;
import com.consort.assistant.Answer.Citation;
import com.consort.assistant.Answer.PartnerCard;
import com.consort.assistant.ConversationState;
import com.consort.knowledge.Chunk;
import com.consort.knowledge.Document;
import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.StoryFacts;
import com.consort.knowledge.Facet;
import com.consort.knowledge.Partner;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.PartnerNames;
import com.consort.knowledge.Vocabulary;
import com.consort.knowledge.ChunkSearch;
import com.consort.knowledge.Constraints;
import com.consort.knowledge.PartnerSearch;
import com.consort.prompts.Prompt;
import com.consort.prompts.PromptRegistry;
import com.consort.prompts.Rendered;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** "Who helped X?": answered only from the customer story that tells it, crediting the partner the story credits. */
final class EvidenceAnswer {

    /** The words that frame "who helped ...?" and say nothing about which story tells it. */
    private static final Set<String> QUESTION_FRAME = Set.copyOf(CorpusTerms.keys("did done was were help helped helping work "
            + "worked working partner partners provider providers service company firm vendor customer project"));
    /** Share of what the question describes (its terms, weighted by rarity among stories) a story must hold. */
    static final double STORY_MATCH = 0.45;
    /**
     * Stories whose facts are read per question, besides those retrieved: the best by the question's words. A story past
     * them could win only by its facts' bonuses over a far better covered one; reading every story's facts per question
     * cost a query the size of the corpus (and at 110,000 stories, more bind parameters than PostgreSQL takes).
     */
    static final int CANDIDATES = 50;

    private final ChunkRetriever retriever;
    private final PartnerDirectory directory;
    private final DocumentRepository documents;
    private final Vocabulary vocabulary;
    private final DirectoryWords words;
    private final CorpusTerms corpus;
    private final Set<String> vendorWords;
    private final PartnerNames partnerNames;
    private final Prompt template;

    EvidenceAnswer(ChunkRetriever retriever, PartnerDirectory directory, DocumentRepository documents, Vocabulary vocabulary,
            DirectoryWords words, CorpusTerms corpus, Set<String> vendorWords, PartnerNames partnerNames,
            PromptRegistry prompts) {
        this.retriever = retriever;
        this.directory = directory;
        this.documents = documents;
        this.vocabulary = vocabulary;
        this.words = words;
        this.corpus = corpus;
        this.vendorWords = vendorWords;
        this.partnerNames = partnerNames;
        this.template = prompts.require("assistant.evidence", Set.of("found", "credited", "partner", "story", "closest"));
    }

    /**
     * "Who helped X?" is answered only from the story that tells it: the story whose terms cover most of what the
     * question describes (rare terms weigh more; its customer, country and industry facts count), then the partner
     * that story credits: the partner it was filed under, else a directory partner the story itself names as the
     * partner. A story that credits none is said so, with the story cited; no shortlist is ever offered instead.
     */
    Reply answer(Query query) {
        String question = query.text();
        CorpusTerms.Snapshot terms = corpus.current();
        Constraints stated = query.read();
        List<String> asked = CorpusTerms.keys(question).stream().distinct()
                .filter(t -> !QUESTION_FRAME.contains(t) && !vendorWords.contains(t)).toList();
        Map<String, Double> weight = weights(terms, asked);
        double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        // the retrieval's own order breaks ties and brings in what the words alone miss (a paraphrase)
        List<ChunkSearch.Hit> hits = retriever.stories(question, 30);
        List<String> retrieved = hits.stream().map(h -> h.document().id()).distinct().toList();
        // only these stories' facts are read: the question's best by its words, and what the retrieval found
        Set<String> ids = new java.util.LinkedHashSet<>(terms.holders().storiesWeighingMost(weight, CANDIDATES));
        ids.addAll(retrieved);
        // each of them that is a story, with which of the question's terms it holds
        Map<String, Set<String>> candidates = terms.holders().termsOfStories(ids, asked);
        Map<String, Map<String, List<String>>> facets = documents.facets(candidates.keySet());
        Set<String> countries = new HashSet<>(stated.byFacet().getOrDefault(Facet.COUNTRY, Set.of()));
        if (stated.byFacet().containsKey(Facet.REGION)) {
            countries.addAll(vocabulary.coverage(stated.byFacet().get(Facet.REGION)).countries());
        }
        Set<String> stories = new HashSet<>(stated.byFacet().getOrDefault(Facet.INDUSTRY, Set.of()));
        stories.addAll(stated.byFacet().getOrDefault(Facet.CASE_STUDY_INDUSTRY, Set.of()));
        // the directory's values, and the general names a story's facts give them
        Set<String> industries = new HashSet<>(vocabulary.withConceptsOf(Facet.INDUSTRY, stories));
        // the customer as described ("a Chinese e-commerce giant"), read on the stories' own facts, not on the directory's
        // (a directory of descriptions has no countries or industries, its stories' front matter does)
        Map<Fact, Set<String>> describedBy = described(question, facets.values());
        describedBy.keySet().forEach(f -> (f.facet() == Facet.COUNTRY ? countries : industries).add(f.value()));
        String best = null;
        double bestScore = 0;
        double bestCoverage = 0;
        for (var story : candidates.entrySet()) {
            StoryFacts facts = StoryFacts.of(facets.getOrDefault(story.getKey(), Map.of()));
            // a word that describes the customer's country or industry is told by a story whose facts say it
            Set<String> told = new HashSet<>(story.getValue());
            describedBy.forEach((fact, words) -> {
                if (fact.of(facts)) {
                    told.addAll(words);
                }
            });
            double covered = total == 0 ? 0 : asked.stream().filter(told::contains).mapToDouble(weight::get).sum() / total;
            boolean named = facts.customer() != null && question.toLowerCase(Locale.ROOT)
                    .contains(facts.customer().toLowerCase(Locale.ROOT).replaceAll("\\s+(?:ag|gmbh|inc\\.?|ltd\\.?|plc|sa|sp\\. z o\\.o\\.)$", ""));
            int rank = retrieved.indexOf(story.getKey());
            double score = covered + (named ? 1 : 0) + (rank < 0 ? 0 : 0.2 / (1 + rank))
                    + (facts.country() != null && countries.contains(facts.country()) ? 0.2 : 0)
                    + (facts.industries().stream().anyMatch(industries::contains) ? 0.2 : 0);
            if (score > bestScore || score == bestScore && best != null && story.getKey().compareTo(best) < 0) {
                best = story.getKey();
                bestScore = score;
                bestCoverage = named ? 1 : covered;
            }
        }
        var citations = new Citations();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("credited", false);
        model.put("partner", Map.of());
        model.put("story", Map.of());
        model.put("closest", List.of());
        List<PartnerCard> cards = new ArrayList<>();
        Document story = best == null ? null : documents.find(best).orElse(null);
        boolean found = story != null && bestCoverage >= STORY_MATCH;
        model.put("found", found);
        if (!found) {
            List<String> closest = new ArrayList<>();
            hits.stream().filter(h -> closest.size() < 2).forEach(h -> {
                String title = "\"" + md(h.document().title()) + "\"";
                if (closest.stream().noneMatch(c -> c.startsWith(title))) {
                    closest.add(title + " [" + citations.add(Citations.citation(h)) + "]");
                }
            });
            model.put("closest", closest);
        } else {
            List<Chunk> passages = documents.chunksOf(story.id());
            Credit credit = credit(story, passages, StoryFacts.of(facets.getOrDefault(story.id(), Map.of())));
            Chunk cited = credit != null && credit.passage() != null ? credit.passage()
                    : passages.stream().max(Comparator.comparingDouble((Chunk c) -> {
                        Set<String> in = new HashSet<>(CorpusTerms.keys(c.text()));
                        return asked.stream().filter(in::contains).mapToDouble(weight::get).sum();
                    }).thenComparing(c -> -c.ordinal())).orElse(null);
            int n = cited == null ? 0 : citations.add(new Citation(0, story.id(), story.title(), story.kind().code(), story.partnerId(),
                    cited.locator(), PartnerSearch.snippet(cited.text()), story.updatedAt()));
            StoryFacts facts = StoryFacts.of(facets.getOrDefault(story.id(), Map.of()));
            Map<String, Object> told = new LinkedHashMap<>();
            told.put("title", md(story.title()));
            told.put("cite", n == 0 ? "" : "[" + n + "]");
            told.put("customer", facts.customer() == null ? "" : md(facts.customer()));
            told.put("credit", credit == null || credit.sentence() == null ? "" : md(clip(credit.sentence())));
            model.put("story", told);
            if (credit != null) {
                Partner p = credit.partner();
                model.put("credited", true);
                model.put("partner", Map.of("name", md(p.name()), "summary", md(words.summary(p))));
                List<Citation> evidence = n == 0 ? List.of() : List.of(citations.numbered(n));
                cards.add(new PartnerCard(p.id(), p.name(), 1, p.type(), p.tier(), p.values(Facet.COUNTRY),
                        List.of("Credited by the customer story \"" + story.title() + "\""), evidence, List.of()));
            }
        }
        Rendered rendered = template.render(model);
        var answer = new Answer(rendered.text().strip(), cards, citations.all(), Answer.OFFLINE, "evidence", Map.of(),
                List.of(), List.of(), null, List.of(rendered.prompt()));
        return new Reply(answer, new ConversationState(question, Map.of(), false,
                cards.stream().map(PartnerCard::partnerId).toList(), query.kept()));
    }

    /** A country or an industry a story's facts may state. */
    private record Fact(Facet facet, String value) {
        boolean of(StoryFacts facts) {
            return facet == Facet.COUNTRY ? value.equals(facts.country()) : facts.industries().contains(value);
        }
    }

    /**
     * The countries and industries of the candidate stories' facts that the question's words name ("Chinese": CN,
     * "e-commerce": Retail), each with the question's words (as terms) that named it.
     */
    private Map<Fact, Set<String>> described(String question, Collection<Map<String, List<String>>> storyFacets) {
        Set<String> countries = new HashSet<>();
        Set<String> industries = new HashSet<>();
        for (var f : storyFacets) {
            StoryFacts facts = StoryFacts.of(f);
            if (facts.country() != null) {
                countries.add(facts.country());
            }
            industries.addAll(facts.industries());
        }
        Map<Fact, Set<String>> described = new LinkedHashMap<>();
        if (countries.isEmpty() && industries.isEmpty()) {
            return described;
        }
        String text = " " + question.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]+", " ") + " ";
        for (Vocabulary.Phrase phrase : vocabulary.phrases(Map.of(Facet.COUNTRY, countries, Facet.INDUSTRY, industries))) {
            boolean country = phrase.facet() == Facet.COUNTRY && countries.contains(phrase.value());
            boolean industry = phrase.facet() == Facet.INDUSTRY && industries.contains(phrase.value());
            if ((country || industry) && text.contains(" " + phrase.text() + " ")) {
                described.computeIfAbsent(new Fact(phrase.facet(), phrase.value()), k -> new HashSet<>())
                        .addAll(CorpusTerms.keys(phrase.text()));
            }
        }
        return described;
    }

    /** Each asked term's weight: the rarer among stories, the more it says which story tells it (BM25's idf). */
    private static Map<String, Double> weights(CorpusTerms.Snapshot terms, List<String> asked) {
        int stories = terms.holders().stories();
        Map<String, Double> weight = new LinkedHashMap<>();
        for (String term : asked) {
            int holding = terms.holders().storiesHolding(term);
            weight.put(term, Math.log(1 + (stories - holding + 0.5) / (holding + 0.5)));
        }
        return weight;
    }

    /** The partner a story credits, and the sentence that says so when the story's own words are the credit. */
    private record Credit(Partner partner, Chunk passage, String sentence) {
    }

    private Credit credit(Document story, List<Chunk> passages, StoryFacts facts) {
        if (story.partnerId() != null) {
            var filed = directory.find(story.partnerId());
            if (filed.isPresent()) {
                // filed under the partner its own words credit (an upload without a partner): those words are quoted
                for (Chunk passage : passages) {
                    var said = partnerNames.creditIn(passage.text()).filter(c -> c.partnerId().equals(story.partnerId()));
                    if (said.isPresent()) {
                        return new Credit(filed.get(), passage, clean(said.get().sentence()));
                    }
                }
                return new Credit(filed.get(), null, null);
            }
        }
        if (facts.partner() != null) {
            var named = partnerNames.idNamed(facts.partner()).flatMap(directory::find);
            if (named.isPresent()) {
                return new Credit(named.get(), null, null);
            }
        }
        // "The rollout was led by Baszta Security a.s., a partner of the vendor from Brno": a directory name in a sentence
        // that calls it the partner, never in one that says it is not one
        for (Chunk passage : passages) {
            var credit = partnerNames.creditIn(passage.text());
            var named = credit.flatMap(c -> directory.find(c.partnerId()));
            if (named.isPresent()) {
                return new Credit(named.get(), passage, clean(credit.get().sentence()));
            }
        }
        return null;
    }
}

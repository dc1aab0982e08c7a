package com.consort.assistant;

import com.consort.assistant.Answer.Citation;
import com.consort.assistant.Answer.PartnerCard;
import com.consort.knowledge.document.Chunk;
import com.consort.knowledge.document.Document;
import com.consort.knowledge.document.StoryFacts;
import com.consort.knowledge.document.DocumentKind;
import com.consort.knowledge.document.DocumentRepository;
import com.consort.knowledge.partner.Facet;
import com.consort.knowledge.partner.Partner;
import com.consort.knowledge.partner.PartnerDirectory;
import com.consort.knowledge.partner.Vocabulary;
import com.consort.knowledge.search.ChunkSearch;
import com.consort.knowledge.search.Constraints;
import com.consort.knowledge.search.PartnerSearch;
import com.consort.knowledge.search.RetrievalMode;
import com.consort.knowledge.storage.Scope;
import com.consort.prompts.Prompt;
import com.consort.prompts.PromptRegistry;
import com.consort.prompts.Rendered;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The offline assistant: retrieval and ranking from the knowledge module, answers rendered from the
 * assistant templates. Deterministic: the same question over the same data gives the same answer.
 */
final class OfflineAnswerer {

    record Reply(Answer answer, ConversationState state) {
    }

    private static final Set<String> PROGRAMME_KINDS = Set.of(DocumentKind.PROGRAM_DOC.code());
    private static final Set<String> STORY_KINDS = Set.of(DocumentKind.CASE_STUDY.code());
    private static final Set<String> PROFILE_KINDS = Set.of(DocumentKind.PROFILE.code());
    private static final Set<String> EVIDENCE_KINDS = Set.of(DocumentKind.CASE_STUDY.code(), DocumentKind.PROFILE.code());
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(\"“])|\\n+|\\s+(?=[-•*] )");
    private static final Pattern QUANTITY_QUESTION = Pattern.compile(
            "\\b(?:how (?:long|much|many|soon|often)|what (?:does|do|is|are) .{0,40}(?:earn|get|pay|cost|discount|fee|rate|percent|limit|deadline)|when|within)\\b");
    /** "By when?" wants a period, "how much?" an amount or share: the sentence that names one answers it. */
    private static final Pattern ASKS_PERIOD = Pattern.compile("\\b(?:when|how (?:long|soon|often)|deadline|within|until)\\b");
    private static final Pattern PERIOD = Pattern.compile(
            "\\b\\d+\\s*(?:calendar |business |working )?(?:days?|weeks?|months?|years?|hours?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AMOUNT = Pattern.compile(
            "\\d\\s*(?:%|percent)|(?:USD|EUR|GBP|US\\$|\\$|€|£)\\s?\\d", Pattern.CASE_INSENSITIVE);
    /** The words that frame "who helped ...?" and say nothing about which story tells it. */
    private static final Set<String> QUESTION_FRAME = Set.copyOf(CorpusTerms.keys("did done was were help helped helping work "
            + "worked working partner partners provider providers service company firm vendor customer project"));
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|no|never|without|neither|nor)\\b");
    /** Share of what the question describes (its terms, weighted by rarity among stories) a story must hold. */
    static final double STORY_MATCH = 0.45;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> STOPWORDS = Set.of("the", "and", "for", "are", "does", "what", "how", "can", "who",
            "when", "which", "with", "our", "your", "you", "there", "this", "that", "from", "into", "get", "gets", "has",
            "have", "is", "do", "of", "to", "in", "on", "a", "an", "it", "its", "be", "by", "as", "at", "or", "if", "we",
            "i", "me", "my", "much", "many", "long", "any", "partner", "partners", "program", "programme",
            "work", "works", "tell", "about", "please", "should", "would", "will", "need", "want", "know");

    private final PartnerSearch search;
    private final ChunkSearch chunks;
    private final PartnerDirectory directory;
    private final DocumentRepository documents;
    private final Vocabulary vocabulary;
    private final Prompt partnersTemplate;
    private final Prompt detailTemplate;
    private final Prompt programmeTemplate;
    private final Prompt evidenceTemplate;
    private final CorpusTerms corpus;
    private final java.util.function.Supplier<Map<String, String>> partnerNames;

    /** The vendor's own name: in every programme passage, so it says nothing about which passage answers. */
    private final Set<String> vendorWords;

    OfflineAnswerer(PartnerSearch search, ChunkSearch chunks, PartnerDirectory directory, DocumentRepository documents,
            Vocabulary vocabulary, PromptRegistry prompts, String vendorName, CorpusTerms corpus,
            java.util.function.Supplier<Map<String, String>> partnerNames) {
        this.corpus = corpus;
        this.partnerNames = partnerNames;
        this.vendorWords = Set.copyOf(keyTerms(vendorName == null ? "" : vendorName));
        this.search = search;
        this.chunks = chunks;
        this.directory = directory;
        this.documents = documents;
        this.vocabulary = vocabulary;
        this.partnersTemplate = prompts.require("assistant.partners",
                Set.of("understood", "partners", "unmet", "alternatives", "refined", "unsaid"));
        this.detailTemplate = prompts.require("assistant.partner-detail", Set.of("partner", "facts", "stories", "rank"));
        this.programmeTemplate = prompts.require("assistant.programme", Set.of("covered", "sentences", "sources"));
        this.evidenceTemplate = prompts.require("assistant.evidence", Set.of("found", "credited", "partner", "story", "closest"));
    }

    CorpusTerms.Snapshot terms() {
        return corpus.current();
    }

    /** How much the question speaks the programme documents' own vocabulary, as learnt from the index. */
    double programmeScore(String question) {
        return corpus.current().programmeScore(question);
    }

    Constraints understand(String text) {
        return search.understand(text);
    }

    /**
     * A thing the seller asked for in words no directory value stands for ("PostgreSQL", "banks and financial
     * institutions", "air-gapped"): met by a partner when one of its passages says one of these terms.
     */
    record Need(String words, Set<String> terms) {
    }

    /** A new search ({@code refined} false) or the last one narrowed by the constraints of a follow-up. */
    Reply partners(String question, Constraints constraints, boolean refined, int limit) {
        CorpusTerms.Snapshot terms = corpus.current();
        // with directory facts asked for, those are the criteria (each cited from the profile); without any, the
        // question's specific words are, and each needs a passage that says it
        Constraints read = search.understand(question).overriddenBy(constraints);
        List<Need> asked = read.isEmpty() ? needs(question, read, terms) : List.of();
        // a partner is a match only with a passage for each need: look further down the ranking for them
        var response = search.search(new PartnerSearch.Query(question, constraints, asked.isEmpty() ? limit : limit * 4,
                RetrievalMode.HYBRID));
        Constraints applied = response.understood();
        // words that no candidate's passage says describe the situation more than they ask for something: said, not required
        List<Need> unsaid = asked.stream().filter(n -> response.results().stream()
                .allMatch(r -> !unmetNeeds(r.partnerId(), List.of(n), terms).isEmpty())).toList();
        List<Need> needs = asked.stream().filter(n -> !unsaid.contains(n)).toList();
        List<PartnerSearch.Result> matches = new ArrayList<>();
        List<PartnerSearch.Result> lacking = new ArrayList<>();
        for (var result : response.results()) {
            (unmetNeeds(result.partnerId(), needs, terms).isEmpty() ? matches : lacking).add(result);
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
            unmetNeeds(result.partnerId(), needs, terms).forEach(n -> missing.add("no passage says " + n.words()));
            alternatives.add(card(result, alternatives.size() + 1, citations, missing, needs));
        }
        if (cards.isEmpty() && !lacking.isEmpty()) {
            // nobody has a passage for everything asked: an honest no-match, the nearest partners labelled with what they miss
            Set<String> unmetWords = new LinkedHashSet<>();
            for (var result : lacking.subList(0, Math.min(3, lacking.size()))) {
                List<String> missing = new ArrayList<>();
                unmetNeeds(result.partnerId(), needs, terms).forEach(n -> {
                    missing.add("no passage says " + n.words());
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
        Rendered rendered = partnersTemplate.render(model);
        var answer = new Answer(rendered.text().strip(), cards, citations.all(), Answer.OFFLINE, refined ? "refine" : "partners",
                applied.asFilters(), unmet, alternatives, null, List.of(rendered.prompt()), reading(applied));
        var state = new ConversationState(question, applied.asFilters(), applied.includeInactive(),
                cards.stream().map(PartnerCard::partnerId).toList());
        return new Reply(answer, state);
    }

    Reply detail(ConversationState state, int index) {
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
        for (var hit : chunks.search(query, 12, Scope.kinds(STORY_KINDS).withPartners(Set.of(partnerId)), RetrievalMode.HYBRID)) {
            if (seen.add(hit.document().id()) && stories.size() < 3) {
                int n = citations.add(citation(hit));
                stories.add(Map.of("title", md(hit.document().title()), "snippet", md(PartnerSearch.snippet(hit.chunk().text())), "cite", "[" + n + "]"));
            }
        }
        List<String> facts = new ArrayList<>();
        fact(facts, "Regions", partner.values(Facet.REGION), Facet.REGION);
        fact(facts, "Countries", partner.values(Facet.COUNTRY), Facet.COUNTRY);
        fact(facts, "Languages", partner.values(Facet.LANGUAGE), Facet.LANGUAGE);
        fact(facts, "Industries", partner.values(Facet.INDUSTRY), Facet.INDUSTRY);
        fact(facts, "Specialisations", partner.values(Facet.SPECIALIZATION), Facet.SPECIALIZATION);
        fact(facts, "Certifications", partner.values(Facet.CERTIFICATION), Facet.CERTIFICATION);
        fact(facts, "Integrations", partner.values(Facet.INTEGRATION), Facet.INTEGRATION);
        fact(facts, "Templates", partner.values(Facet.TEMPLATE), Facet.TEMPLATE);
        if (partner.satisfaction() != null) {
            facts.add("Customer satisfaction: " + partner.satisfaction() + "/5");
        }
        if (!partner.active()) {
            facts.add("Status: inactive");
        }
        var card = new PartnerCard(partnerId, partner.name(), index + 1, partner.type(), partner.tier(),
                partner.values(Facet.COUNTRY), List.of(), citations.all(), List.of());
        Rendered rendered = detailTemplate.render(Map.of(
                "partner", Map.of("name", md(partner.name()), "summary", md(summary(partner)), "cite", "[" + profileN + "]"),
                "facts", facts, "stories", stories, "rank", index + 1));
        var answer = new Answer(rendered.text().strip(), List.of(card), citations.all(), Answer.OFFLINE, "partner_detail",
                state.constraints(), List.of(), List.of(), null, List.of(rendered.prompt()));
        return new Reply(answer, state);
    }

    Reply programme(String question, ConversationState state) {
        List<String> terms = new ArrayList<>(keyTerms(question));
        terms.removeAll(vendorWords);
        // the documents may name it otherwise: "market development funds" are "MDF" in the policy
        String query = String.join(" ", question, String.join(" ", vocabulary.otherNames(question))).strip();
        var hits = chunks.search(query, 8, Scope.kinds(PROGRAMME_KINDS), RetrievalMode.HYBRID);
        // a question whose answer is one cell of a table is answered with that cell and its labels, first
        Cell cell = cell(question, hits);
        // or a passage holds every word of the question that is the programme's own ("attribution", "participation form")
        List<String> own = corpus.current().programmeTerms(question);
        boolean covered = cell != null || covered(terms, hits) || !own.isEmpty() && hits.stream()
                .anyMatch(h -> com.consort.knowledge.storage.Terms.of(h.chunk().text()).containsAll(own));
        var citations = new Citations();
        List<Map<String, Object>> sentences = new ArrayList<>();
        if (covered) {
            record Candidate(String text, double score, boolean quantity, ChunkSearch.Hit hit, int order) {
            }
            String asked = question.toLowerCase(Locale.ROOT);
            boolean wantsQuantity = QUANTITY_QUESTION.matcher(asked).find();
            Pattern quantityWanted = ASKS_PERIOD.matcher(asked).find() ? PERIOD : AMOUNT;
            List<Candidate> candidates = new ArrayList<>();
            int order = 0;
            for (int rank = 0; rank < hits.size(); rank++) {
                var hit = hits.get(rank);
                String section = hit.chunk().locator() == null ? "" : hit.chunk().locator();
                section = section + " " + String.join(" ", vocabulary.otherNames(section));
                String[] pieces = SENTENCE_END.split(hit.chunk().text());
                for (int i = 0; i < pieces.length; i++) {
                    String s = clean(pieces[i]);
                    // "A sourced deal earns the partner either:" is only an answer with the list that follows it
                    for (int item = 1; s.endsWith(":") && item <= 3 && i + item < pieces.length; item++) {
                        s = s + (item == 1 ? " " : "; ") + clean(pieces[i + item]);
                    }
                    // a step under "2.4 The MDF process: request, approve, claim" is about claiming MDF
                    int matched = coverage(s, terms) == 0 ? 0 : coverage(s + " " + section, terms);
                    // titles, headings and table rows are not answers: a sentence ends with punctuation
                    boolean heading = !s.matches("(?s).*[.!?:;)]\"?$") && s.length() < 200;
                    boolean tableRow = s.chars().filter(c -> c == '|').count() >= 2;
                    if (s.length() < 25 || matched == 0 || heading || tableRow) {
                        continue;
                    }
                    boolean quantity = quantityWanted.matcher(s).find();
                    double score = matched * 2.0 / Math.sqrt(Math.max(8, s.split(" ").length))
                            + (wantsQuantity && quantity ? 0.6 : 0) + (hits.size() - rank) * 0.1;
                    candidates.add(new Candidate(s, score, quantity, hit, order++));
                }
            }
            candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparingInt(Candidate::order));
            if (cell != null) {
                sentences.add(Map.of("text", md(cell.text()), "cite", "[" + citations.add(citation(cell.hit())) + "]"));
            }
            List<Candidate> chosen = new ArrayList<>(candidates.subList(0, Math.min(cell == null ? 3 : 2, candidates.size())));
            // "by when?" is not answered until a period is named: the best sentence with one takes the last place
            if (wantsQuantity && chosen.stream().noneMatch(Candidate::quantity)) {
                candidates.stream().filter(Candidate::quantity).findFirst().ifPresent(q -> chosen.set(chosen.size() - 1, q));
            }
            chosen.sort(Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparingInt(Candidate::order));
            chosen.forEach(c -> sentences.add(Map.of("text", md(clip(c.text())), "cite", "[" + citations.add(citation(c.hit())) + "]")));
            covered = !sentences.isEmpty();
        }
        List<String> sources = hits.stream().map(h -> md(h.document().title())).distinct().limit(2).toList();
        Rendered rendered = programmeTemplate.render(Map.of("covered", covered, "sentences", sentences, "sources", sources));
        var answer = new Answer(rendered.text().strip(), List.of(), citations.all(), Answer.OFFLINE, "programme", Map.of(),
                List.of(), List.of(), null, List.of(rendered.prompt()));
        return new Reply(answer, state);
    }

    /**
     * "Who helped X?" is answered only from the story that tells it: the story whose terms cover most of what the
     * question describes (rare terms weigh more; its customer, country and industry facts count), then the partner
     * that story credits: the partner it was filed under, else a directory partner the story itself names as the
     * partner. A story that credits none is said so, with the story cited; no shortlist is ever offered instead.
     */
    Reply evidence(String question, ConversationState state) {
        CorpusTerms.Snapshot terms = corpus.current();
        Constraints stated = search.understand(question);
        List<String> asked = CorpusTerms.keys(question).stream().distinct()
                .filter(t -> !QUESTION_FRAME.contains(t) && !vendorWords.contains(t)).toList();
        int stories = terms.stories().size();
        Map<String, Double> weight = new LinkedHashMap<>();
        asked.forEach(t -> {
            long holding = terms.stories().values().stream().filter(s -> s.contains(t)).count();
            weight.put(t, Math.log(1 + (stories - holding + 0.5) / (holding + 0.5)));
        });
        double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        // the retrieval's own order breaks ties and brings in what the words alone miss (a paraphrase)
        List<ChunkSearch.Hit> hits = chunks.search(question, 30, Scope.kinds(STORY_KINDS), RetrievalMode.HYBRID);
        List<String> retrieved = hits.stream().map(h -> h.document().id()).distinct().toList();
        Map<String, Map<String, List<String>>> facets = documents.facets(terms.stories().keySet());
        Set<String> countries = new HashSet<>(stated.byFacet().getOrDefault(Facet.COUNTRY, Set.of()));
        if (stated.byFacet().containsKey(Facet.REGION)) {
            countries.addAll(vocabulary.coverage(stated.byFacet().get(Facet.REGION)).countries());
        }
        Set<String> industries = new HashSet<>(stated.byFacet().getOrDefault(Facet.INDUSTRY, Set.of()));
        industries.addAll(stated.byFacet().getOrDefault(Facet.CASE_STUDY_INDUSTRY, Set.of()));
        String best = null;
        double bestScore = 0;
        double bestCoverage = 0;
        for (var story : terms.stories().entrySet()) {
            double covered = total == 0 ? 0 : asked.stream().filter(story.getValue()::contains).mapToDouble(weight::get).sum() / total;
            StoryFacts facts = StoryFacts.of(facets.getOrDefault(story.getKey(), Map.of()));
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
                    closest.add(title + " [" + citations.add(citation(h)) + "]");
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
                model.put("partner", Map.of("name", md(p.name()), "summary", md(summary(p))));
                List<Citation> evidence = n == 0 ? List.of() : List.of(citations.numbered(n));
                cards.add(new PartnerCard(p.id(), p.name(), 1, p.type(), p.tier(), p.values(Facet.COUNTRY),
                        List.of("Credited by the customer story \"" + story.title() + "\""), evidence, List.of()));
            }
        }
        Rendered rendered = evidenceTemplate.render(model);
        var answer = new Answer(rendered.text().strip(), cards, citations.all(), Answer.OFFLINE, "evidence", Map.of(),
                List.of(), List.of(), null, List.of(rendered.prompt()));
        return new Reply(answer, new ConversationState(question, Map.of(), false,
                cards.stream().map(PartnerCard::partnerId).toList()));
    }

    /** The partner a story credits, and the sentence that says so when the story's own words are the credit. */
    private record Credit(Partner partner, Chunk passage, String sentence) {
    }

    private Credit credit(Document story, List<Chunk> passages, StoryFacts facts) {
        if (story.partnerId() != null) {
            var filed = directory.find(story.partnerId());
            if (filed.isPresent()) {
                return new Credit(filed.get(), null, null);
            }
        }
        Map<String, String> names = partnerNames.get();
        if (facts.partner() != null) {
            for (var entry : names.entrySet()) {
                if (facts.partner().strip().equalsIgnoreCase(entry.getValue().strip())) {
                    var named = directory.find(entry.getKey());
                    if (named.isPresent()) {
                        return new Credit(named.get(), null, null);
                    }
                }
            }
        }
        // "The rollout was led by Baszta Security a.s., a partner of the vendor from Brno": a directory name in a sentence
        // that calls it the partner, never in one that says it is not one
        for (Chunk passage : passages) {
            for (String sentence : SENTENCE_END.split(passage.text())) {
                String lower = sentence.toLowerCase(Locale.ROOT);
                if (!lower.contains("partner") || NEGATION.matcher(lower).find()) {
                    continue;
                }
                for (var entry : names.entrySet()) {
                    if (mentions(sentence, entry.getValue())) {
                        var named = directory.find(entry.getKey());
                        if (named.isPresent()) {
                            return new Credit(named.get(), passage, clean(sentence));
                        }
                    }
                }
            }
        }
        return null;
    }

    private static boolean mentions(String text, String name) {
        String n = name.strip();
        if (n.length() < 3) {
            return false;
        }
        int at = text.indexOf(n);
        while (at >= 0) {
            int end = at + n.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
            at = text.indexOf(n, at + 1);
        }
        return false;
    }

    /** The cell of a table row passage that answers a question, told with its row's labels and its column's header. */
    private record Cell(String text, ChunkSearch.Hit hit) {
    }

    /**
     * A table row answers when the question names its row (the values of its label cells: "Select", "Transacted", "Certified
     * Incident Handler") and the column asked for (a header the question names whose value it does not: "Upfront discount",
     * "Premier"). The row that names most of the question's labels wins, retrieval order breaking ties.
     */
    static Cell cell(String question, List<ChunkSearch.Hit> hits) {
        Set<String> asked = new HashSet<>(CorpusTerms.keys(question));
        Cell best = null;
        double bestScore = 0;
        for (int rank = 0; rank < hits.size(); rank++) {
            var hit = hits.get(rank);
            if (!hit.chunk().tableRow()) {
                continue;
            }
            List<String[]> cells = new ArrayList<>();
            for (String part : hit.chunk().text().split(" \\| ")) {
                int colon = part.indexOf(": ");
                cells.add(colon < 0 ? new String[] {"", part.strip()} : new String[] {part.substring(0, colon).strip(),
                        part.substring(colon + 2).strip()});
            }
            List<String> labels = new ArrayList<>();
            int labelsNamed = 0;
            String[] answer = null;
            double answerMatch = 0;
            for (int i = 0; i < cells.size(); i++) {
                String[] c = cells.get(i);
                List<String> valueTerms = CorpusTerms.keys(c[1]);
                boolean valueNamed = !valueTerms.isEmpty() && asked.containsAll(valueTerms) && !AMOUNT.matcher(c[1]).find();
                List<String> headerTerms = CorpusTerms.keys(c[0]);
                double headerMatch = headerTerms.isEmpty() ? 0
                        : (double) headerTerms.stream().filter(asked::contains).count() / headerTerms.size();
                if (valueNamed) {
                    labelsNamed++;
                    labels.add(c[0].isEmpty() ? c[1] : c[0] + " " + c[1]);
                } else if (headerMatch > answerMatch) {
                    answer = c;
                    answerMatch = headerMatch;
                } else if (i == 0) {
                    labels.add(c[0].isEmpty() ? c[1] : c[0] + ": " + c[1]);
                }
            }
            if (answer == null) {
                continue;
            }
            double score = labelsNamed + answerMatch + 0.5 / (1 + rank);
            if (score > bestScore) {
                bestScore = score;
                best = new Cell(answer[0] + ": " + answer[1] + (labels.isEmpty() ? "" : " (" + String.join("; ", labels) + ")"), hit);
            }
        }
        return best;
    }

    private static String clean(String piece) {
        return piece.replaceAll("\\s+", " ").replaceAll("^[-•*#|\\s]+", "").strip();
    }

    private PartnerCard card(PartnerSearch.Result result, int rank, Citations citations, List<String> missing, List<Need> needs) {
        List<Citation> evidence = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        List<String> boosts = new ArrayList<>();
        Set<String> scope = Set.of(result.partnerId());
        // each reason carries the passage that supports it: a directory fact its profile, a need the passage that says it
        Citation profile = null;
        for (var r : result.reasons()) {
            if ("boost".equals(r.criterion())) {
                boosts.add(r.explanation().replaceAll(" \\(\\+[0-9.]+\\)$", ""));
            } else if (!"relevance".equals(r.criterion())) {
                if (profile == null) {
                    profile = passage(r.explanation() + " " + result.name(), Scope.kinds(PROFILE_KINDS).withPartners(scope), citations);
                }
                reasons.add(r.explanation() + cite(profile, evidence));
            }
        }
        for (Need need : needs) {
            Citation says = passage(need.words(), Scope.kinds(EVIDENCE_KINDS).withPartners(scope), citations);
            if (says != null && CorpusTerms.keys(says.snippet()).stream().anyMatch(need.terms()::contains)) {
                reasons.add((STORY_KINDS.contains(says.kind()) ? "Its customer story" : "Its profile") + " says "
                        + need.words() + ": \"" + says.snippet() + "\"" + cite(says, evidence));
            }
        }
        if (needs.isEmpty()) {
            // no specific words to check: the passage the ranking found closest, cited with the reason that names it
            Citation closest = null;
            for (var e : result.evidence()) {
                var c = citations.numbered(citations.add(new Citation(0, e.documentId(), e.title(), e.kind(), result.partnerId(),
                        e.locator(), e.snippet(), e.updatedAt())));
                closest = closest == null ? c : closest;
                cite(c, evidence);
            }
            Citation first = closest;
            result.reasons().stream().filter(r -> "relevance".equals(r.criterion())).findFirst()
                    .ifPresent(r -> reasons.add(r.explanation() + cite(first, evidence)));
        }
        if (!boosts.isEmpty()) {
            reasons.add("Ranked up for: " + String.join(", ", boosts));
        }
        Partner p = result.partner();
        return new PartnerCard(result.partnerId(), result.name(), rank, p.type(), p.tier(), p.values(Facet.COUNTRY),
                reasons, evidence, missing, result.score());
    }

    /** The partner's passage that best says the words (keyword search within its documents), as a citation. */
    private Citation passage(String words, Scope scope, Citations citations) {
        var hits = chunks.search(words, 1, scope, RetrievalMode.KEYWORD);
        return hits.isEmpty() ? null : citations.numbered(citations.add(citation(hits.get(0))));
    }

    /** " [n]" for a reason's citation, which joins the card's evidence; nothing when there is none. */
    private static String cite(Citation c, List<Citation> evidence) {
        if (c == null) {
            return "";
        }
        if (!evidence.contains(c)) {
            evidence.add(c);
        }
        return " [" + c.n() + "]";
    }

    /**
     * The things asked for in the question's own words: its specific terms (see {@link CorpusTerms.Snapshot#specific})
     * that no constraint was read from and no directory value holds, adjacent ones together ("financial institutions").
     */
    List<Need> needs(String question, Constraints read, CorpusTerms.Snapshot terms) {
        Set<String> consumed = new HashSet<>(vendorWords);
        read.mentions().forEach(m -> consumed.addAll(CorpusTerms.keys(m.phrase())));
        List<Need> needs = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Set<String> group = new LinkedHashSet<>();
        Runnable close = () -> {
            if (!group.isEmpty()) {
                needs.add(new Need("'" + String.join(" ", words) + "'", Set.copyOf(group)));
                group.clear();
                words.clear();
            }
        };
        for (String word : question.split("[^\\p{L}\\p{N}-]+")) {
            List<String> keys = CorpusTerms.keys(word);
            if (keys.isEmpty()) {
                continue; // a stop word joins its neighbours: "banks and financial institutions" is one need
            }
            boolean specific = keys.stream().allMatch(k -> terms.specific(k) && !consumed.contains(k) && !terms.directoryTerms().contains(k));
            if (specific) {
                group.addAll(keys);
                words.add(word);
            } else {
                close.run();
            }
        }
        close.run();
        return needs;
    }

    private static List<Need> unmetNeeds(String partnerId, List<Need> needs, CorpusTerms.Snapshot terms) {
        Set<String> has = terms.partners().getOrDefault(partnerId, Set.of());
        return needs.stream().filter(n -> n.terms().stream().noneMatch(has::contains)).toList();
    }

    private Map<String, Object> view(PartnerCard card) {
        String cites = card.evidence().stream().map(c -> "[" + c.n() + "]").reduce("", String::concat);
        return Map.of("rank", card.rank(), "name", md(card.name()), "summary", md(summary(card.tier(), card.type(), card.countries())),
                "reasons", card.reasons().stream().map(OfflineAnswerer::reasonMd).toList(), "cites", cites,
                "missing", card.missing().stream().map(OfflineAnswerer::md).toList());
    }

    /** A reason as Markdown: its text escaped, its trailing citation marker kept. */
    private static String reasonMd(String reason) {
        var m = Pattern.compile("^(.*?)((?: \\[\\d+\\])*)$", Pattern.DOTALL).matcher(reason);
        return m.matches() ? md(m.group(1)) + m.group(2) : md(reason);
    }

    private List<String> missing(Partner partner, Constraints constraints) {
        List<String> missing = new ArrayList<>();
        constraints.byFacet().forEach((facet, wanted) -> {
            // a case-study industry is not a directory attribute: the search already checked it
            if (facet != Facet.CASE_STUDY_INDUSTRY && !vocabulary.meets(partner, facet, wanted)) {
                missing.add(label(facet.filterKey()) + " " + String.join(" or ", display(facet, wanted)));
            }
        });
        return missing;
    }

    private List<String> understood(Constraints constraints) {
        List<String> parts = new ArrayList<>();
        // how the question was read, with the words each reading came from, so a seller can correct it in a follow-up
        constraints.byFacet().forEach((facet, values) -> {
            List<String> phrases = constraints.mentions().stream().filter(m -> m.facet() == facet)
                    .map(m -> "'" + m.phrase() + "'" + (Constraints.SIMILAR.equals(m.how()) ? " (by meaning)" : "")).distinct().toList();
            parts.add(label(facet.filterKey()) + ": " + md(String.join(" or ", display(facet, values))
                    + (phrases.isEmpty() ? "" : ", from " + String.join(" and ", phrases))));
        });
        if (constraints.includeInactive()) {
            parts.add("including inactive partners");
        }
        return parts;
    }

    /** The reading for the API: every value in force with the words it came from (none for a value given as a filter). */
    private static List<Answer.Reading> reading(Constraints constraints) {
        return constraints.mentions().stream().filter(m -> Constraints.NOT.equals(m.how())
                        || constraints.byFacet().getOrDefault(m.facet(), Set.of()).contains(m.value()))
                .map(m -> new Answer.Reading(m.facet().filterKey(), m.value(), m.phrase(), m.how())).distinct().toList();
    }

    private Set<String> display(Facet facet, Set<String> values) {
        Set<String> names = new LinkedHashSet<>();
        values.forEach(v -> names.add(vocabulary.displayName(facet, v)));
        return names;
    }

    static String label(String filterKey) {
        return switch (filterKey) {
            case "regions" -> "region";
            case "countries" -> "country";
            case "languages" -> "language";
            case "types" -> "partner type";
            case "tiers" -> "tier";
            case "industries" -> "industry";
            case "specializations" -> "specialisation";
            case "certifications" -> "certification";
            case "integrations" -> "integration";
            case "templates" -> "template";
            case "caseStudyIndustries" -> "case study in";
            case "text" -> "a passage that says";
            default -> filterKey;
        };
    }

    private String summary(Partner p) {
        return summary(p.tier(), p.type(), p.values(Facet.COUNTRY));
    }

    private String summary(String tier, String type, List<String> countries) {
        List<String> names = countries.stream().limit(3).map(c -> vocabulary.displayName(Facet.COUNTRY, c)).toList();
        String where = names.isEmpty() ? "" : ", " + String.join(", ", names) + (countries.size() > 3 ? " and more" : "");
        return (tier == null ? "" : tier + " ") + (type == null ? "partner" : type) + where;
    }

    private void fact(List<String> facts, String label, List<String> values, Facet facet) {
        if (!values.isEmpty()) {
            facts.add(label + ": " + md(String.join(", ", values.stream().map(v -> vocabulary.displayName(facet, v)).toList())));
        }
    }

    private static Citation citation(ChunkSearch.Hit hit) {
        return new Citation(0, hit.document().id(), hit.document().title(), hit.document().kind().code(),
                hit.chunk().partnerId(), hit.chunk().locator(), PartnerSearch.snippet(hit.chunk().text()), hit.document().updatedAt());
    }

    static List<String> keyTerms(String question) {
        List<String> terms = new ArrayList<>();
        var m = WORD.matcher(question.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if ((w.length() >= 3 || w.equals("mdf")) && !STOPWORDS.contains(w) && !terms.contains(w)) {
                terms.add(w);
            }
        }
        return terms;
    }

    /** Whether some passage holds at least half of the question's key terms: else the documents do not cover it. */
    static boolean covered(List<String> terms, List<ChunkSearch.Hit> hits) {
        int needed = Math.max(1, (int) Math.ceil(terms.size() * 0.5));
        return !terms.isEmpty() && hits.stream().anyMatch(h -> coverage(h.chunk().text(), terms) >= needed);
    }

    /** How many of the terms the text contains, comparing word stems (the first five letters). */
    static int coverage(String text, List<String> terms) {
        Set<String> stems = new HashSet<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            stems.add(stem(m.group()));
        }
        return (int) terms.stream().filter(t -> stems.contains(stem(t))).count();
    }

    private static String stem(String word) {
        return word.length() > 5 ? word.substring(0, 5) : word;
    }

    private static String clip(String sentence) {
        return sentence.length() <= 400 ? sentence : sentence.substring(0, sentence.lastIndexOf(' ', 397)) + "…";
    }

    /** Data in Markdown stays data: characters that would become markup or HTML are escaped. */
    static String md(String text) {
        return text == null ? "" : text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    /** Numbers citations in the order they are first used, one number per passage. */
    static final class Citations {
        private final Map<String, Citation> byKey = new LinkedHashMap<>();

        int add(Citation c) {
            String key = c.documentId() + "#" + c.locator() + "#" + c.snippet().hashCode();
            Citation existing = byKey.get(key);
            if (existing != null) {
                return existing.n();
            }
            int n = byKey.size() + 1;
            byKey.put(key, new Citation(n, c.documentId(), c.title(), c.kind(), c.partnerId(), c.locator(), c.snippet(), c.updatedAt()));
            return n;
        }

        Citation numbered(int n) {
            return byKey.values().stream().filter(c -> c.n() == n).findFirst().orElseThrow();
        }

        List<Citation> all() {
            return List.copyOf(byKey.values());
        }
    }

    static Constraints constraints(Map<String, Set<String>> filters, boolean includeInactive) {
        Map<Facet, Set<String>> byFacet = new EnumMap<>(Facet.class);
        filters.forEach((key, values) -> Facet.byFilterKey(key).ifPresent(f -> byFacet.put(f, values)));
        return new Constraints(byFacet, List.of(), includeInactive);
    }
}

package com.consort.assistant.internal;

import com.consort.assistant.AccountOverlap;
import com.consort.assistant.AssistantTools;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.Facet;
import com.consort.knowledge.Partner;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.ChunkSearch;
import com.consort.knowledge.Constraints;
import com.consort.knowledge.PartnerSearch;
import com.consort.knowledge.RetrievalMode;
import com.consort.knowledge.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assistant's tools ({@link AssistantTools}) with their descriptions for the model: results are data to quote, never
 * instructions; every result and the partners in it are recorded in the tool context (key {@value #TRAIL}) so the
 * grounding check can tell a partner or customer the model looked up from one it invented.
 */
final class DirectoryTools implements AssistantTools {

    static final String TRAIL = "consort.toolTrail";
    private final JsonMapper json;

    private final PartnerSearch search;
    private final ChunkSearch chunks;
    private final PartnerDirectory directory;
    private final AccountOverlap overlap;

    DirectoryTools(PartnerSearch search, ChunkSearch chunks, PartnerDirectory directory, AccountOverlap overlap, JsonMapper json) {
        this.json = json;
        this.overlap = overlap;
        this.search = search;
        this.chunks = chunks;
        this.directory = directory;
    }

    @Override
    @Tool(name = "search_partners", description = """
            Find partners of the vendor's partner ecosystem that fit a customer need. Returns a ranked list of \
            real partners, each with the reasons it fits and evidence passages (case studies, profiles). \
            Constraints stated in the need (region, country, language, industry, specialisation, partner type, \
            tier, certification, integration) are applied as hard filters; the optional lists add more.""")
    public List<PartnerHit> searchPartners(
            @ToolParam(description = "The need in plain words, e.g. 'PMO rollout for a German car-parts maker'") String need,
            @ToolParam(required = false, description = "Region codes such as EMEA, DACH, NA, APAC, LATAM") List<String> regions,
            @ToolParam(required = false, description = "Countries as ISO codes or names, e.g. DE or Germany") List<String> countries,
            @ToolParam(required = false, description = "Languages as ISO codes or names, e.g. de or German") List<String> languages,
            @ToolParam(required = false, description = "Customer industries, e.g. Manufacturing") List<String> industries,
            @ToolParam(required = false, description = "Partner types, e.g. Reseller, System Integrator") List<String> partnerTypes,
            @ToolParam(required = false, description = "Most partners to return, 1 to 10; default 5") Integer limit,
            ToolContext context) {
        // the lists are words of their own, read here when given; the need is read once, by the search
        String listed = String.join(" ", join(regions), join(countries), join(languages), join(industries), join(partnerTypes)).strip();
        Constraints filters = listed.isEmpty() ? Constraints.NONE
                : new Constraints(search.understand(listed).byFacet(), List.of(), false);
        int n = limit == null ? 5 : Math.max(1, Math.min(10, limit));
        var response = search.search(new PartnerSearch.Query(need, filters, n, RetrievalMode.HYBRID));
        List<PartnerHit> hits = new ArrayList<>();
        for (var r : response.results()) {
            hits.add(hit(r));
        }
        record(context, hits.stream().map(PartnerHit::partnerId).toList(), hits);
        return hits;
    }

    @Override
    @Tool(name = "get_partner", description = """
            Get one partner's directory profile by its id (e.g. P0042): type, tier, regions, countries, languages, \
            industries, specialisations, certifications, integrations, templates, description and its case studies.""")
    public Optional<PartnerProfile> getPartner(
            @ToolParam(description = "The partner id, e.g. P0042") String partnerId, ToolContext context) {
        return directory.find(partnerId).map(p -> {
            Map<String, List<String>> attributes = new java.util.LinkedHashMap<>();
            p.facets().forEach((facet, values) -> attributes.put(facet.filterKey(), values));
            List<Passage> stories = passages(chunks.search(p.name(), 8, Scope.kinds(Set.of(DocumentKind.CASE_STUDY.code()))
                    .withPartners(Set.of(p.id())), RetrievalMode.HYBRID), 3);
            var profile = new PartnerProfile(p.id(), p.name(), p.type(), p.tier(), p.active(), attributes, p.description(),
                    p.website(), p.satisfaction(), stories);
            record(context, List.of(p.id()), profile);
            return profile;
        });
    }

    @Override
    @Tool(name = "find_case_studies", description = """
            Search customer success stories (case studies) by topic, optionally for one partner. Returns passages \
            with their document, partner and location, for citing.""")
    public List<Passage> findCaseStudies(
            @ToolParam(description = "What the story should show, e.g. 'faster changeovers in packaging'") String query,
            @ToolParam(required = false, description = "Only stories of this partner id") String partnerId,
            @ToolParam(required = false, description = "Most passages to return, 1 to 10; default 5") Integer limit,
            ToolContext context) {
        Scope scope = Scope.kinds(Set.of(DocumentKind.CASE_STUDY.code()));
        if (partnerId != null && !partnerId.isBlank()) {
            scope = scope.withPartners(Set.of(partnerId));
        }
        int n = limit == null ? 5 : Math.max(1, Math.min(10, limit));
        List<Passage> found = passages(chunks.search(query, n * 3, scope, RetrievalMode.HYBRID), n);
        record(context, found.stream().map(Passage::partnerId).filter(id -> id != null).toList(), found);
        return found;
    }

    @Override
    @Tool(name = "program_policy", description = """
            Look up the partner programme documents (programme guide, MDF and incentives policy, deal registration \
            policy) for a question such as 'how long is a registered deal protected?'. Returns the relevant \
            passages and whether they cover the question; answer only from them and cite them.""")
    public PolicyAnswer programPolicy(@ToolParam(description = "The programme question") String question, ToolContext context) {
        var hits = chunks.search(question, 4, Scope.kinds(Set.of(DocumentKind.PROGRAM_DOC.code())), RetrievalMode.HYBRID);
        var answer = new PolicyAnswer(KeyTerms.covered(KeyTerms.of(question), hits), passages(hits, 4));
        record(context, List.of(), answer);
        return answer;
    }

    @Override
    @Tool(name = "account_overlap", description = """
            Who already works with a customer account, or which partners have deals in an industry and country or \
            region, from the vendor's CRM opportunities: each partner with its deals (opportunity id, account, role \
            sourced/transacted/influenced/assisted, outcome won/lost/open, stage, close date, amount with currency). \
            Give an account, or industries and places, or both. A partner caller sees only its own deals.""")
    public AccountOverlap.Overlap accountOverlap(
            @ToolParam(required = false, description = "The customer account, e.g. 'Hagenbach Packaging'") String account,
            @ToolParam(required = false, description = "Customer industries, e.g. Manufacturing") List<String> industries,
            @ToolParam(required = false, description = "Countries or regions, e.g. Austria, AT or DACH") List<String> places,
            @ToolParam(required = false, description = "Only deals closing on or after this date, YYYY-MM-DD") String since,
            ToolContext context) {
        String confinedTo = context == null ? null : (String) context.getContext().get(CONFINED_TO_PARTNER);
        java.time.LocalDate from;
        try {
            from = since == null || since.isBlank() ? null : java.time.LocalDate.parse(since.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("since must be a date as YYYY-MM-DD, got '" + since + "'");
        }
        var found = overlap.find(account, industries, places, from, confinedTo);
        record(context, found.partners().stream().map(AccountOverlap.PartnerDeals::partnerId).toList(), found);
        return found;
    }

    private PartnerHit hit(PartnerSearch.Result r) {
        List<String> reasons = r.reasons().stream().map(PartnerSearch.Reason::explanation).toList();
        List<Passage> evidence = r.evidence().stream()
                .map(e -> new Passage(e.documentId(), e.title(), e.kind(), r.partnerId(), e.locator(), e.snippet(), e.updatedAt())).toList();
        Partner p = r.partner();
        return new PartnerHit(r.partnerId(), r.name(), p.type(), p.tier(), p.values(Facet.COUNTRY), reasons, evidence);
    }

    private static List<Passage> passages(List<ChunkSearch.Hit> hits, int limit) {
        Set<String> seen = new LinkedHashSet<>();
        return hits.stream().filter(h -> seen.add(h.document().id() + "#" + h.chunk().locator())).limit(limit)
                .map(h -> new Passage(h.document().id(), h.document().title(), h.document().kind().code(), h.chunk().partnerId(),
                        h.chunk().locator(), PartnerSearch.snippet(h.chunk().text()), h.document().updatedAt()))
                .toList();
    }

    private void record(ToolContext context, List<String> partnerIds, Object result) {
        if (context != null && context.getContext().get(TRAIL) instanceof ToolTrail trail) {
            trail.add(partnerIds, json.writeValueAsString(result));
        }
    }

    private static String join(List<String> values) {
        return values == null ? "" : String.join(" ", values);
    }
}

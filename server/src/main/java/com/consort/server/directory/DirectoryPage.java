package com.consort.server.directory;

import com.consort.knowledge.Document;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.StoryFacts;
import com.consort.knowledge.Facet;
import com.consort.knowledge.Opportunities;
import com.consort.knowledge.Opportunity;
import com.consort.knowledge.OpportunityRepository;
import com.consort.knowledge.Partner;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.PartnerRepository;
import com.consort.knowledge.Vocabulary;
import com.consort.server.security.Caller;
import com.consort.server.web.WebPage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The partner directory as a seller browses it ({@code /partners}): facets whose values, with how many
 * partners have each, come from the directory itself (the vendor's own taxonomy, whatever it is), the
 * choices in the address ({@code ?industries=Retail&tiers=Gold}, values of one facet being alternatives)
 * and the partners that meet them, a page at a time. And one partner's profile ({@code /partners/{id}}):
 * everything the directory holds about it, its case studies, each opening as a document, and its CRM deals, where a
 * track-record citation leads ({@code #deals}, narrowed to the cited segment by the same parameters as
 * {@code /api/opportunities}). A partner opens only its own profile; the directory is for the vendor's people (the
 * security configuration).
 */
@WebPage
class DirectoryPage {

    static final int PAGE_SIZE = 24;
    private static final int DEALS_SHOWN = 50;
    /** Counting each value's partners reads the matching partners; past this many, values are listed without counts. */
    private static final int MAX_COUNTED = 5000;
    private static final List<Facet> FACETS = List.of(Facet.TYPE, Facet.TIER, Facet.REGION, Facet.COUNTRY, Facet.LANGUAGE,
            Facet.INDUSTRY, Facet.SPECIALIZATION, Facet.CERTIFICATION, Facet.INTEGRATION, Facet.TEMPLATE);

    private final PartnerDirectory directory;
    private final PartnerRepository partners;
    private final DocumentRepository documents;
    private final Vocabulary vocabulary;
    private final Opportunities opportunities;

    DirectoryPage(PartnerDirectory directory, PartnerRepository partners, DocumentRepository documents, Vocabulary vocabulary,
            Opportunities opportunities) {
        this.directory = directory;
        this.partners = partners;
        this.documents = documents;
        this.vocabulary = vocabulary;
        this.opportunities = opportunities;
    }

    @GetMapping("/partners")
    String directory(@RequestParam(defaultValue = "1") int page, @RequestParam MultiValueMap<String, String> params, Model model) {
        if (page < 1) {
            throw new IllegalArgumentException("page starts at 1");
        }
        Map<Facet, Set<String>> chosen = chosen(params);
        int total = directory.count(chosen, false);
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        List<Map<String, Object>> results = directory.page(chosen, false, (Math.min(page, pages) - 1) * PAGE_SIZE, PAGE_SIZE)
                .stream().map(this::summary).toList();
        model.addAttribute("facets", facets(chosen));
        model.addAttribute("partners", results);
        model.addAttribute("total", total);
        model.addAttribute("page", Math.min(page, pages));
        model.addAttribute("pages", pages);
        model.addAttribute("filtered", !chosen.isEmpty());
        model.addAttribute("query", query(chosen));
        return "directory/directory";
    }

    @GetMapping("/partners/{id}")
    String profile(@PathVariable String id, @RequestParam(required = false) List<String> industries,
            @RequestParam(required = false) List<String> countries,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            Authentication authentication, Model model) {
        Caller caller = Caller.from(authentication);
        Partner partner = directory.find(id)
                .filter(p -> caller.confinedToPartner().map(own -> own.equals(p.id())).orElse(true))
                .orElseThrow(() -> new NoSuchElementException("No partner " + id));
        Map<String, Object> view = summary(partner);
        view.put("website", partner.website() == null ? "" : partner.website());
        view.put("satisfaction", partner.satisfaction() == null ? "" : String.valueOf(partner.satisfaction()));
        List<Map<String, Object>> facts = new ArrayList<>();
        for (Facet facet : FACETS) {
            if (!partner.values(facet).isEmpty()) {
                facts.add(Map.of("label", label(facet), "key", facet.filterKey(),
                        "values", partner.values(facet).stream().map(v -> vocabulary.displayName(facet, v)).toList()));
            }
        }
        // columns of the vendor's import that Consort has no facet for (a partner manager, a contact...)
        partner.extra().forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                facts.add(Map.of("label", humane(key), "key", key, "values", List.of(value)));
            }
        });
        model.addAttribute("partner", view);
        model.addAttribute("facts", facts);
        model.addAttribute("stories", stories(partner.id()));
        var segment = new OpportunityRepository.Filter(partner.id(), null, industries, countries, since, null);
        model.addAttribute("deals", deals(segment));
        model.addAttribute("dealsTotal", opportunities.count(segment));
        model.addAttribute("dealsSegment", String.join(" · ", java.util.stream.Stream.of(
                industries == null ? "" : String.join(", ", industries), countries == null ? "" : String.join(", ", countries),
                since == null ? "" : "since " + since).filter(s -> !s.isBlank()).toList()));
        model.addAttribute("directoryLink", caller.confinedToPartner().isEmpty());
        return "directory/profile";
    }

    /** The partner's latest deals in the segment, as the CRM has them (amounts in their own currency). */
    private List<Map<String, String>> deals(OpportunityRepository.Filter segment) {
        List<Map<String, String>> deals = new ArrayList<>();
        for (Opportunity o : opportunities.find(segment, 0, DEALS_SHOWN)) {
            deals.add(Map.of("account", o.accountName() == null ? "" : o.accountName(),
                    "outcome", o.outcome().name().toLowerCase(Locale.ROOT),
                    "closed", o.closeDate() == null ? "" : o.closeDate().toString(),
                    "role", o.role() == null ? "" : o.role().name().toLowerCase(Locale.ROOT),
                    "segment", String.join(", ", java.util.stream.Stream.of(o.industry(), o.country())
                            .filter(v -> v != null && !v.isBlank()).toList()),
                    "amount", o.amount() == null ? "" : o.amount().toPlainString() + " " + (o.currency() == null ? "" : o.currency())));
        }
        return deals;
    }

    private List<Map<String, String>> stories(String partnerId) {
        List<Document> found = documents.list(DocumentKind.CASE_STUDY, partnerId, 0, 200);
        var facts = documents.facets(found.stream().map(Document::id).toList());
        List<Map<String, String>> stories = new ArrayList<>();
        for (Document d : found) {
            StoryFacts story = StoryFacts.of(facts.getOrDefault(d.id(), Map.of()));
            String about = String.join(" · ", java.util.stream.Stream.of(story.customer(), story.industryAsWritten(),
                    story.location(), story.date()).filter(s -> s != null && !s.isBlank()).toList());
            stories.add(Map.of("id", d.id(), "title", d.title(), "about", about,
                    "indexed", d.updatedAt() == null ? "" : d.updatedAt().toString().substring(0, 10)));
        }
        return stories;
    }

    private Map<String, Object> summary(Partner p) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", p.id());
        view.put("name", p.name());
        view.put("description", p.description() == null ? "" : p.description());
        view.put("tier", p.tier() == null ? "" : p.tier());
        view.put("type", p.type() == null ? "" : p.type());
        view.put("regions", String.join(", ", p.values(Facet.REGION)));
        view.put("countries", String.join(", ", p.values(Facet.COUNTRY).stream().map(c -> vocabulary.displayName(Facet.COUNTRY, c)).toList()));
        view.put("industries", String.join(", ", p.values(Facet.INDUSTRY)));
        view.put("active", p.active());
        return view;
    }

    /** The facet values chosen in the address, in their canonical form. */
    private Map<Facet, Set<String>> chosen(MultiValueMap<String, String> params) {
        Map<Facet, Set<String>> chosen = new EnumMap<>(Facet.class);
        for (Facet facet : FACETS) {
            Set<String> values = new LinkedHashSet<>();
            for (String value : params.getOrDefault(facet.filterKey(), List.of())) {
                if (!value.isBlank()) {
                    values.add(vocabulary.canonical(facet, value.strip()).orElse(value.strip()));
                }
            }
            if (!values.isEmpty()) {
                chosen.put(facet, values);
            }
        }
        return chosen;
    }

    /**
     * Each facet with the values the directory holds. A value's count is of the partners that meet the other
     * facets' choices (the values of one facet being alternatives); a value no such partner has is left out
     * unless it is chosen.
     */
    private List<Map<String, Object>> facets(Map<Facet, Set<String>> chosen) {
        Map<Facet, Set<String>> known = partners.knownValues();
        Map<Map<Facet, Set<String>>, List<Partner>> matching = new HashMap<>();
        List<Map<String, Object>> facets = new ArrayList<>();
        for (Facet facet : FACETS) {
            Set<String> values = new LinkedHashSet<>(known.getOrDefault(facet, Set.of()));
            values.addAll(chosen.getOrDefault(facet, Set.of()));
            if (values.isEmpty()) {
                continue;
            }
            Map<Facet, Set<String>> others = new EnumMap<>(Facet.class);
            others.putAll(chosen);
            others.remove(facet);
            List<Partner> counted = matching.computeIfAbsent(others, this::countable);
            List<Map<String, Object>> options = new ArrayList<>();
            for (String value : values) {
                long count = counted == null ? -1 : counted.stream().filter(p -> vocabulary.meets(p, facet, Set.of(value))).count();
                boolean on = chosen.getOrDefault(facet, Set.of()).contains(value);
                if (count != 0 || on) {
                    options.add(Map.of("value", value, "label", vocabulary.displayName(facet, value), "count", count, "checked", on));
                }
            }
            options.sort(Comparator.comparing(o -> ((String) o.get("label")).toLowerCase(Locale.ROOT)));
            facets.add(Map.of("key", facet.filterKey(), "label", label(facet), "options", options,
                    "chosen", chosen.containsKey(facet)));
        }
        return facets;
    }

    private List<Partner> countable(Map<Facet, Set<String>> filters) {
        List<String> ids = partners.matching(filters, false, vocabulary);
        return ids.size() > MAX_COUNTED ? null : partners.findAll(ids);
    }

    /** The choices as a query string, for the pages' links. */
    private static String query(Map<Facet, Set<String>> chosen) {
        StringBuilder query = new StringBuilder();
        chosen.forEach((facet, values) -> values.forEach(v -> query.append('&').append(facet.filterKey()).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8))));
        return query.toString();
    }

    static String label(Facet facet) {
        return switch (facet) {
            case TYPE -> "Type";
            case TIER -> "Tier";
            case REGION -> "Regions";
            case COUNTRY -> "Countries";
            case LANGUAGE -> "Languages";
            case INDUSTRY -> "Industries";
            case SPECIALIZATION -> "Specialisations";
            case CERTIFICATION -> "Certifications";
            case INTEGRATION -> "Integrations";
            case TEMPLATE -> "Templates";
            case CASE_STUDY_INDUSTRY -> "Case studies in";
        };
    }

    /** "partner_manager" as "Partner manager". */
    static String humane(String key) {
        String words = key.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').strip().toLowerCase(Locale.ROOT);
        return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

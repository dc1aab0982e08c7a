package com.consort.assistant.internal;

import static com.consort.assistant.internal.Markdown.md;

import com.consort.assistant.AccountOverlap;
import com.consort.assistant.Answer;
import com.consort.assistant.Answer.Citation;
import com.consort.assistant.Answer.PartnerCard;
import com.consort.knowledge.Facet;
import com.consort.knowledge.PartnerNames;
import com.consort.knowledge.Vocabulary;
import com.consort.knowledge.Constraints;
import com.consort.knowledge.PartnerSearch;
import com.consort.knowledge.Opportunities;
import com.consort.knowledge.Opportunity;
import com.consort.knowledge.OpportunityRepository;
import com.consort.knowledge.TrackRecord;
import com.consort.prompts.Prompt;
import com.consort.prompts.PromptRegistry;
import com.consort.prompts.Rendered;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link AccountOverlap} from the CRM opportunities ({@link Opportunities}). */
final class CrmAccountOverlap implements AccountOverlap {

    /** The most deals read for one overlap. */
    static final int MAX_DEALS = 200;
    /** The deals shown per partner in an answer; the citation's query lists them all. */
    private static final int SHOWN = 3;
    private static final Pattern ASKED = Pattern.compile("(?i)^\\W*(?:who|which partners?|what partners?|any partners?)\\s+"
            + "((?:(?:has|have|had|is|are)\\s+)?(?:already\\s+)?(?:works?|worked|working|sold|sells?|selling|deals?|dealt|done business)"
            + "\\s+(?:already\\s+)?)(?:with|into|to|for|at|in)\\s+(.+?)\\W*$");
    /** "Have sold into", "already works with": about deals done, not about who could do one. */
    private static final Pattern DONE = Pattern.compile("(?i)\\b(?:already|has|have|had|worked|sold|dealt|done)\\b");
    private static final Pattern ACCOUNT_NOISE = Pattern.compile("(?i)^(?:the\\s+(?:account|customer|company)\\s+|account\\s+|customer\\s+)");

    private final Opportunities opportunities;
    private final PartnerSearch search;
    private final PartnerNames partners;
    private final Vocabulary vocabulary;
    private final Prompt template;

    CrmAccountOverlap(Opportunities opportunities, PartnerSearch search, PartnerNames partners, Vocabulary vocabulary,
            PromptRegistry prompts) {
        this.opportunities = opportunities;
        this.search = search;
        this.partners = partners;
        this.vocabulary = vocabulary;
        this.template = prompts.require("assistant.overlap", Set.of("subject", "partners", "confined"));
    }

    /**
     * Partners with deals at the account (when given) and in the industries and places given (countries or
     * regions, as codes or names). {@code confinedTo}: only this partner's deals (a PARTNER caller's own).
     */
    @Override
    public Overlap find(String account, List<String> industries, List<String> places, LocalDate since, String confinedTo) {
        Set<String> industrySet = new LinkedHashSet<>();
        for (String industry : industries == null ? List.<String>of() : industries) {
            if (industry != null && !industry.isBlank()) {
                Set<String> read = search.understand(industry).byFacet().getOrDefault(Facet.INDUSTRY, Set.of());
                industrySet.addAll(read.isEmpty() ? Set.of(vocabulary.canonical(Facet.INDUSTRY, industry.strip()).orElse(industry.strip())) : read);
            }
        }
        Constraints where = search.understand(join(places));
        Set<String> countries = new LinkedHashSet<>(where.byFacet().getOrDefault(Facet.COUNTRY, Set.of()));
        countries.addAll(vocabulary.coverage(where.byFacet().getOrDefault(Facet.REGION, Set.of())).countries());
        if (places != null && !places.isEmpty() && countries.isEmpty()) {
            throw new IllegalArgumentException("No country or region known by " + places);
        }
        return find(account, industrySet, countries, since, confinedTo);
    }

    private Overlap find(String account, Set<String> industrySet, Set<String> countries, LocalDate since, String confinedTo) {
        String accountName = account == null || account.isBlank() ? null : account.strip();
        if (accountName == null && industrySet.isEmpty() && countries.isEmpty()) {
            throw new IllegalArgumentException("Name an account, or an industry or a country or region to look up");
        }
        var filter = new OpportunityRepository.Filter(confinedTo, accountName, industrySet, countries, since, null);
        List<Opportunity> deals = opportunities.find(filter, 0, MAX_DEALS);
        Map<String, String> names = partners.get(); // cached: not every partner read per question
        Map<String, List<Deal>> byPartner = new LinkedHashMap<>();
        for (Opportunity o : deals) {
            byPartner.computeIfAbsent(o.partnerId(), k -> new ArrayList<>()).add(new Deal(o.id(), o.accountName(), o.industry(),
                    o.country(), o.role().code(), o.outcome().code(), o.stage(), o.closeDate(),
                    o.amount() == null ? null : o.currency() + " " + o.amount().toPlainString()));
        }
        List<PartnerDeals> result = new ArrayList<>();
        byPartner.forEach((id, list) -> result.add(new PartnerDeals(id, names.getOrDefault(id, id), list)));
        Map<String, Set<String>> asked = new LinkedHashMap<>();
        if (!industrySet.isEmpty()) {
            asked.put("industries", industrySet);
        }
        if (!countries.isEmpty()) {
            asked.put("countries", countries);
        }
        return new Overlap(accountName, asked, result, deals.size());
    }

    /** What an overlap question asks about, and whether it asks about deals done. */
    record Asked(String subject, boolean done) {
    }

    /** The account or segment an overlap question asks about, if the question is one. */
    static Optional<Asked> asked(String question) {
        Matcher m = ASKED.matcher(question.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Asked(ACCOUNT_NOISE.matcher(m.group(2).strip()).replaceFirst("").strip(), DONE.matcher(m.group(1)).find()));
    }

    /**
     * The offline answer to an overlap question (vendor callers: the assistant is not open to partners), given the
     * question's reading: the words before its subject ("who already works with") name no industry or place, so the
     * segment the subject names is the one read from the whole question.
     */
    @Override
    public Optional<Answer> answer(String question, Constraints read) {
        Optional<Asked> asked = asked(question);
        if (asked.isEmpty() || asked.get().subject().isBlank()) {
            return Optional.empty();
        }
        String subject = asked.get().subject();
        Constraints segment = read;
        boolean bySegment = segment.byFacet().containsKey(Facet.INDUSTRY) || segment.byFacet().containsKey(Facet.COUNTRY)
                || segment.byFacet().containsKey(Facet.REGION);
        Overlap overlap = find(subject, Set.of(), Set.of(), null, null);
        String described = "with " + md(subject);
        if (overlap.partners().isEmpty() && bySegment) {
            // not an account name: the industry and place it names
            List<String> industries = new ArrayList<>(segment.byFacet().getOrDefault(Facet.INDUSTRY, Set.of()));
            Set<String> countries = new LinkedHashSet<>(segment.byFacet().getOrDefault(Facet.COUNTRY, Set.of()));
            countries.addAll(vocabulary.coverage(segment.byFacet().getOrDefault(Facet.REGION, Set.of())).countries());
            overlap = find(null, new LinkedHashSet<>(industries), countries, null, null);
            described = describe(industries, segment);
        }
        if (overlap.partners().isEmpty() && !asked.get().done()) {
            return Optional.empty(); // "who works with manufacturers?" with no deals to show: a partner-fit question
        }
        if (!asked.get().done() && overlap.account() == null) {
            return Optional.empty(); // "which partners work with banks in Spain?" asks who fits, not who has sold there
        }
        return Optional.of(render(overlap, described, false));
    }

    private String describe(List<String> industries, Constraints segment) {
        List<String> places = new ArrayList<>();
        segment.byFacet().getOrDefault(Facet.COUNTRY, Set.of()).forEach(c -> places.add(vocabulary.displayName(Facet.COUNTRY, c)));
        places.addAll(segment.byFacet().getOrDefault(Facet.REGION, Set.of()));
        return (industries.isEmpty() ? "" : "in " + md(String.join(" or ", industries)))
                + (places.isEmpty() ? "" : (industries.isEmpty() ? "" : " ") + "in " + md(String.join(" or ", places)));
    }

    Answer render(Overlap overlap, String subject, boolean confined) {
        var citations = new Citations();
        List<Map<String, Object>> views = new ArrayList<>();
        List<PartnerCard> cards = new ArrayList<>();
        for (PartnerDeals p : overlap.partners()) {
            String snippet = String.join("; ", p.deals().stream().limit(SHOWN).map(CrmAccountOverlap::line).toList());
            int n = citations.add(new Citation(0, TrackRecord.EVIDENCE_KIND + ":" + p.partnerId(), "CRM opportunities of " + p.name(),
                    TrackRecord.EVIDENCE_KIND, p.partnerId(), query(overlap, p.partnerId()), snippet, null));
            List<String> deals = p.deals().stream().limit(SHOWN).map(d -> md(line(d))).toList();
            if (p.deals().size() > SHOWN) {
                deals = new ArrayList<>(deals);
                deals.add("and " + (p.deals().size() - SHOWN) + " more");
            }
            views.add(Map.of("name", md(p.name()), "summary", summary(p), "cite", "[" + n + "]", "deals", deals));
            cards.add(new PartnerCard(p.partnerId(), p.name(), cards.size() + 1, null, null, List.of(), List.of(summary(p)),
                    List.of(citations.numbered(n)), List.of()));
        }
        Rendered rendered = template.render(Map.of("subject", subject, "partners", views, "confined", confined));
        return new Answer(rendered.text().strip(), cards, citations.all(), Answer.OFFLINE, "overlap", overlap.segment(),
                List.of(), List.of(), null, List.of(rendered.prompt()));
    }

    private static String summary(PartnerDeals p) {
        long won = p.deals().stream().filter(d -> d.outcome().equals("won")).count();
        long open = p.deals().stream().filter(d -> d.outcome().equals("open")).count();
        return p.deals().size() + (p.deals().size() == 1 ? " deal" : " deals") + " (" + won + " won, " + open + " open)";
    }

    private static String line(Deal d) {
        return d.account() + ": " + d.role() + ", " + d.outcome() + (d.stage() == null ? "" : " (" + d.stage() + ")") + ", "
                + d.closeDate() + (d.amount() == null ? "" : ", " + d.amount()) + " — " + d.opportunityId();
    }

    private static String query(Overlap overlap, String partnerId) {
        StringBuilder q = new StringBuilder("/api/opportunities?partnerId=").append(enc(partnerId));
        if (overlap.account() != null) {
            q.append("&account=").append(enc(overlap.account()));
        }
        overlap.segment().forEach((key, values) -> q.append('&').append(key).append('=').append(enc(String.join(",", values))));
        return q.toString();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String join(List<String> values) {
        return values == null ? "" : String.join(" ", values.stream().filter(v -> v != null).toList());
    }
}

package com.consort.server.track;

import com.consort.assistant.AccountOverlap;
import com.consort.knowledge.DealSize;
import com.consort.knowledge.Facet;
import com.consort.knowledge.ImportFormat;
import com.consort.knowledge.ImportReport;
import com.consort.knowledge.Kpis;
import com.consort.knowledge.Opportunities;
import com.consort.knowledge.Opportunity;
import com.consort.knowledge.OpportunityRepository;
import com.consort.knowledge.PartnerNames;
import com.consort.knowledge.Vocabulary;
import com.consort.server.api.Paging;
import com.consort.server.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The vendor's CRM opportunities: imported by admins, read by vendor roles, and by a PARTNER caller only
 * for its own partner (another partner's deals are "not found", never an empty success that hints at them).
 */
@RestController
@Validated
@Tag(name = "Opportunities", description = "CRM opportunities, partners' track record and account overlap")
class OpportunityController {

    record Page(List<Opportunity> items, int page, int size, int total) {
    }

    private final JsonMapper jsonMapper;

    private final Opportunities opportunities;
    private final AccountOverlap overlap;
    private final PartnerNames partners;
    private final Vocabulary vocabulary;

    OpportunityController(Opportunities opportunities, AccountOverlap overlap, PartnerNames partners, Vocabulary vocabulary,
            JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
        this.opportunities = opportunities;
        this.overlap = overlap;
        this.partners = partners;
        this.vocabulary = vocabulary;
    }

    @PostMapping(path = "/api/admin/opportunities/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import opportunities from a CRM export", description = """
            CSV with a header row, or JSON Lines (.jsonl), one row per opportunity and partner. The column names of a \
            Salesforce or HubSpot export are understood (Opportunity ID, Account Name, Industry, Billing Country, Amount, \
            Currency, Close Date, Stage, Won, Partner Account, Partner Role; Record ID, Deal Stage, ...); 'mapping' names \
            others as a JSON object of field to column, e.g. {"partner":"Reseller Name"} (fields: id, account, industry, \
            country, amount, currency, closeDate, stage, won, partner, role). Partner Account is a partner id or name; \
            roles become sourced, transacted, influenced or assisted; amounts keep their currency. Rows update in \
            place by opportunity id and partner; every rejected row and warning is reported with its line.""")
    ImportReport importOpportunities(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Parameter(description = "JSON object: field to column name") String mapping)
            throws IOException {
        if (file.isEmpty()) {
            throw new IllegalArgumentException("The file is empty");
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        ImportFormat format = name.endsWith(".jsonl") || name.endsWith(".ndjson")
                || String.valueOf(file.getContentType()).contains("ndjson") ? ImportFormat.JSONL : ImportFormat.CSV;
        try (InputStream in = file.getInputStream()) {
            return opportunities.importFile(in, format, mapping(mapping));
        }
    }

    Map<String, String> mapping(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return jsonMapper.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JacksonException e) {
            throw new IllegalArgumentException("mapping must be a JSON object of field to column name, e.g. {\"partner\":\"Reseller\"}");
        }
    }

    @GetMapping("/api/opportunities")
    @Operation(summary = "List opportunities", description = """
            Newest close date first. Filters: partnerId, account (with or without its legal suffix), industries, \
            countries (codes or names, comma-separated), since and until (close date), a deal size: minAmount \
            (inclusive), maxAmount (exclusive) and currency (amounts are never converted; without a currency, each \
            deal's own). A PARTNER caller sees only its own deals; asking for another partner's is 404.""")
    Page list(@Valid Paging paging, @RequestParam(required = false) String partnerId, @RequestParam(required = false) String account,
            @RequestParam(required = false) List<String> industries, @RequestParam(required = false) List<String> countries,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @RequestParam(required = false) java.math.BigDecimal minAmount, @RequestParam(required = false) java.math.BigDecimal maxAmount,
            @RequestParam(required = false) String currency, Authentication authentication) {
        var filter = new OpportunityRepository.Filter(partner(partnerId, authentication), account, split(industries),
                countries(countries), since, until, size(minAmount, maxAmount, currency));
        return new Page(opportunities.find(filter, Math.toIntExact(paging.offset()), paging.limit()), paging.number(),
                paging.limit(), opportunities.count(filter));
    }

    @GetMapping("/api/opportunities/kpis")
    @Operation(summary = "Partner KPIs over a period", description = """
            Per partner: won revenue by role (sourced, transacted, influenced, assisted) and currency, never converted; \
            deals by role and outcome; win rate (won / closed). Filters as for the list. A PARTNER caller gets only its \
            own KPIs.""")
    List<Kpis> kpis(@RequestParam(required = false) String partnerId, @RequestParam(required = false) List<String> industries,
            @RequestParam(required = false) List<String> countries,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            Authentication authentication) {
        var filter = new OpportunityRepository.Filter(partner(partnerId, authentication), null, split(industries),
                countries(countries), since, until);
        return Kpis.of(opportunities.tally(filter), partners.get());
    }

    @GetMapping("/api/opportunities/overlap")
    @Operation(summary = "Who already works with an account, or in a segment", description = """
            Partners with deals at the account (with or without its legal suffix) and/or in the industries and places \
            (countries or regions) given, each with its deals: role, outcome, stage, close date. The same as the \
            assistant's account_overlap tool. A PARTNER caller sees only its own deals.""")
    AccountOverlap.Overlap overlap(@RequestParam(required = false) String account,
            @RequestParam(required = false) List<String> industries, @RequestParam(required = false) List<String> places,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            Authentication authentication) {
        return overlap.find(account, split(industries), split(places), since, partner(null, authentication));
    }

    /** A deal-size filter from the list's parameters, or null when none is given. */
    static DealSize size(java.math.BigDecimal min, java.math.BigDecimal max, String currency) {
        if (min == null && max == null && (currency == null || currency.isBlank())) {
            return null;
        }
        if (min != null && min.signum() < 0 || max != null && min != null && max.compareTo(min) <= 0) {
            throw new IllegalArgumentException("minAmount must be at least 0 and below maxAmount");
        }
        if (currency != null && !currency.isBlank() && !currency.strip().matches("[A-Za-z]{3}")) {
            throw new IllegalArgumentException("currency must be a three-letter ISO code such as EUR");
        }
        return new DealSize(min == null ? java.math.BigDecimal.ZERO : min, max,
                currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT));
    }

    /** The partner to confine to: a PARTNER caller's own (another is 404); for vendor roles the one asked for. */
    private static String partner(String asked, Authentication authentication) {
        Caller caller = Caller.from(authentication);
        if (caller.isPartner()) {
            String own = caller.partnerId() == null ? "" : caller.partnerId();
            if (asked != null && !asked.isBlank() && !asked.equals(own)) {
                throw new NoSuchElementException("No partner " + asked);
            }
            return own;
        }
        return asked == null || asked.isBlank() ? null : asked.strip();
    }

    private static List<String> split(List<String> values) {
        if (values == null) {
            return List.of();
        }
        Set<String> parts = new LinkedHashSet<>();
        values.forEach(v -> java.util.Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(parts::add));
        return List.copyOf(parts);
    }

    private Set<String> countries(List<String> values) {
        Set<String> codes = new LinkedHashSet<>();
        split(values).forEach(v -> codes.add(vocabulary.canonical(Facet.COUNTRY, v).orElse(v)));
        return codes;
    }
}

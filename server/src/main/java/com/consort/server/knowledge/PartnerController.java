package com.consort.server.knowledge;

import com.consort.knowledge.ImportFormat;
import com.consort.knowledge.Facet;
import com.consort.knowledge.ImportReport;
import com.consort.knowledge.Partner;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.Vocabulary;
import com.consort.knowledge.Constraints;
import com.consort.knowledge.PartnerSearch;
import com.consort.knowledge.RetrievalMode;
import com.consort.server.security.Caller;
import com.consort.server.track.Recommendations;
import com.consort.server.api.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Validated
@Tag(name = "Partners", description = "The partner directory and partner-fit search")
class PartnerController {

    record SearchRequest(@NotBlank @Size(max = 2000) String query, Map<String, List<String>> filters,
            @Min(1) @Max(50) Integer limit, Boolean includeInactive, RetrievalMode mode) {
    }

    record PartnerView(String id, String name, String type, String tier, List<String> regions, List<String> countries,
            List<String> languages, List<String> industries, List<String> specializations, List<String> certifications,
            List<String> integrations, List<String> templates, String description, String website, String status,
            Double satisfaction, Map<String, String> extra) {

        static PartnerView of(Partner p) {
            return new PartnerView(p.id(), p.name(), p.type(), p.tier(), p.values(Facet.REGION), p.values(Facet.COUNTRY),
                    p.values(Facet.LANGUAGE), p.values(Facet.INDUSTRY), p.values(Facet.SPECIALIZATION),
                    p.values(Facet.CERTIFICATION), p.values(Facet.INTEGRATION), p.values(Facet.TEMPLATE),
                    p.description(), p.website(), p.active() ? "active" : "inactive", p.satisfaction(), p.extra());
        }
    }

    record Page(List<PartnerView> items, int page, int size, int total) {
    }

    /**
     * {@code signals}: how much of {@code score} came from each ranking signal, e.g. {@code track_record}; {@code missing}:
     * what the partner has no passage for.
     */
    record ResultView(String partnerId, String name, double score, List<PartnerSearch.Reason> reasons,
            List<PartnerSearch.Evidence> evidence, Map<String, Double> signals,
            @Schema(description = "For each thing the query asks for in words no directory value stands for ('OpenShift', "
                    + "'air-gapped') that no profile or customer story of this partner says: \"no passage says '<words>'\". "
                    + "Each one a partner has a passage for adds 0.05 to its score ('signals.criteria'); a passage that says "
                    + "one is the citation of a reason with criterion 'text'.", example = "[\"no passage says 'air-gapped'\"]")
            List<String> missing) {

        static ResultView of(PartnerSearch.Result r) {
            return new ResultView(r.partnerId(), r.name(), r.score(), r.reasons(), r.evidence(), r.signals(), r.missing());
        }
    }

    record SearchResponse(Map<String, Set<String>> understood, List<ResultView> results,
            List<PartnerSearch.Unmet> unmet, List<ResultView> alternatives) {
    }

    private final PartnerDirectory directory;
    private final PartnerSearch search;
    private final Vocabulary vocabulary;
    private final Recommendations recommendations;

    PartnerController(PartnerDirectory directory, PartnerSearch search, Vocabulary vocabulary, Recommendations recommendations) {
        this.directory = directory;
        this.search = search;
        this.vocabulary = vocabulary;
        this.recommendations = recommendations;
    }

    @PostMapping(path = "/api/partners/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a partner directory",
            description = "CSV with a header row (multi-valued fields ';'-separated) or JSON Lines (.jsonl). "
                    + "Updates partners in place by id; every rejected row is reported with its line and reason.")
    ImportReport importPartners(@RequestPart("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        ImportFormat format = name.endsWith(".jsonl") || name.endsWith(".ndjson")
                || String.valueOf(file.getContentType()).contains("ndjson") ? ImportFormat.JSONL
                : ImportFormat.CSV;
        if (file.isEmpty()) {
            throw new IllegalArgumentException("The file is empty");
        }
        try (InputStream in = file.getInputStream()) {
            return directory.importFile(in, format);
        }
    }

    @GetMapping("/api/partners/{id}")
    @Operation(summary = "One partner", description = "A PARTNER key sees only its own partner.")
    PartnerView get(@PathVariable String id, Authentication authentication) {
        Caller caller = Caller.from(authentication);
        if (caller.confinedToPartner().isPresent() && !id.equals(caller.partnerId())) {
            throw new NoSuchElementException("No partner " + id);
        }
        return directory.find(id).map(PartnerView::of).orElseThrow(() -> new NoSuchElementException("No partner " + id));
    }

    @GetMapping("/api/partners")
    @Operation(summary = "List partners", description = "Paged, ordered by id. Filter with any facet as a query "
            + "parameter (countries=DE&languages=de&tiers=Gold); values of one facet are alternatives.")
    Page list(@Valid Paging paging, @RequestParam(defaultValue = "false") boolean includeInactive,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        params.forEach((key, values) -> Facet.byFilterKey(key).ifPresent(facet -> filters.put(facet, normalise(facet, values))));
        List<PartnerView> items = directory.page(filters, includeInactive, Math.toIntExact(paging.offset()), paging.limit()).stream().map(PartnerView::of).toList();
        return new Page(items, paging.number(), paging.limit(), directory.count(filters, includeInactive));
    }

    @DeleteMapping("/api/partners/{id}")
    @Operation(summary = "Delete a partner", description = "Removes the partner and its indexed profile.")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!directory.delete(id)) {
            throw new NoSuchElementException("No partner " + id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/partners/search")
    @Operation(summary = "Find partners that fit a need",
            description = "Constraints stated in the query ('German-speaking', 'in DACH', 'a Gold partner') are applied as "
                    + "hard filters together with 'filters'. Each result has a reason per criterion and evidence with "
                    + "citations: each reason's 'citation' is the passage that supports it (a directory fact the partner's "
                    + "profile; each thing the query asks for in words no directory value stands for, criterion 'text', the "
                    + "profile or customer story passage that says it). A listed partner with no passage for such words keeps "
                    + "its rank and says so in 'missing' (\"no passage says '...'\"). With no match, 'unmet' names the constraints that could not be met and "
                    + "'alternatives' lists the nearest partners, which do not meet them. When CRM opportunities are imported, each "
                    + "result has a track_record reason (won and open deals in the segment the query names, with a citation of "
                    + "the records) and 'signals.track_record' says how much of the score it added (bounded by "
                    + "consort.track-record.max-boost; a partner without deals gets 0, never less).")
    SearchResponse search(@Valid @RequestBody SearchRequest request, Authentication authentication) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        if (request.filters() != null) {
            request.filters().forEach((key, values) -> {
                Facet facet = Facet.byFilterKey(key).orElseThrow(() -> new IllegalArgumentException(
                        "Unknown filter '" + key + "'; use one of regions, countries, languages, types, tiers, industries, "
                                + "specializations, certifications, integrations, templates"));
                filters.put(facet, normalise(facet, values));
            });
        }
        var response = search.search(new PartnerSearch.Query(request.query(),
                new Constraints(filters, List.of(), Boolean.TRUE.equals(request.includeInactive())),
                request.limit() == null ? 5 : request.limit(), request.mode()));
        recommendations.searched(Caller.from(authentication), Recommendations.API, request.query(), response.results());
        return new SearchResponse(response.understood().asFilters(),
                response.results().stream().map(ResultView::of).toList(), response.unmet(),
                response.alternatives().stream().map(ResultView::of).toList());
    }

    private Set<String> normalise(Facet facet, List<String> values) {
        Set<String> normalised = new LinkedHashSet<>();
        for (String value : values) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    normalised.add(vocabulary.canonical(facet, part.strip()).orElse(part.strip()));
                }
            }
        }
        return normalised;
    }
}

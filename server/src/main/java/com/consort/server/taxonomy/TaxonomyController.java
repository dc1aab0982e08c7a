package com.consort.server.taxonomy;

import com.consort.knowledge.Facet;
import com.consort.knowledge.PartnerRepository;
import com.consort.knowledge.Taxonomy;
import com.consort.knowledge.Vocabulary;
import com.consort.server.accounts.Names;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Taxonomy", description = "The vendor's own vocabulary on top of the directory: the values partners use with "
        + "their counts, synonyms, tier order, merged spellings; one YAML file to export and import. Admins only; "
        + "every change is audited and applies to the next import and the next question, without a restart")
class TaxonomyController {

    static final String YAML = "application/yaml";
    private static final int MAX_YAML = 1_000_000;

    record ValueView(String value, String label, int partners, List<String> names) {
    }

    /** One facet: {@code key} is its filter key (industries, tiers, ...); coded facets take ISO codes and no synonyms. */
    record FacetView(String key, String label, boolean coded, List<ValueView> values) {
    }

    /** The tiers best first; {@code configured} false when the order is learnt (the common ladder, then alphabetical). */
    record TierOrder(List<String> tiers, boolean configured) {
    }

    /** {@code updatedBy}: the name of who changed it last ("Consort" for the initial vocabulary of a demo). */
    record TaxonomyView(List<FacetView> facets, TierOrder tierOrder, long version, Instant updatedAt, String updatedBy,
            List<String> warnings) {
    }

    record NewSynonym(@NotBlank @Size(max = 40) String facet, @NotBlank @Size(max = 200) String phrase,
            @NotBlank @Size(max = 200) String value) {
    }

    record NewTierOrder(@NotNull @Size(max = 50) List<String> tiers) {
    }

    record NewMerge(@NotBlank @Size(max = 40) String facet, @NotBlank @Size(max = 200) String from,
            @NotBlank @Size(max = 200) String into) {
    }

    record Merged(List<String> partnersUpdated, TaxonomyView taxonomy) {
    }

    private final Taxonomies taxonomies;
    private final PartnerRepository partners;
    private final Vocabulary vocabulary;
    private final Names names;

    TaxonomyController(Taxonomies taxonomies, PartnerRepository partners, Vocabulary vocabulary, Names names) {
        this.taxonomies = taxonomies;
        this.partners = partners;
        this.vocabulary = vocabulary;
        this.names = names;
    }

    @GetMapping("/api/admin/taxonomy")
    @Operation(summary = "Read the taxonomy", description = "Per facet, every value the directory uses with the number of "
            + "partners that have it and the other names the vendor gave it (values named only by the vendor's taxonomy "
            + "have 0 partners); the tier order, best first, and whether it is configured or learnt.")
    TaxonomyView read() {
        return view(List.of());
    }

    @PostMapping("/api/admin/taxonomy/synonyms")
    @Operation(summary = "Add a synonym", description = "phrase becomes another name of value, a value of facet (types, "
            + "tiers, industries, specializations, certifications, integrations, templates) that the directory uses. "
            + "400 when the directory has no such value; 409 when the phrase is a value of its own or already means another value.")
    TaxonomyView addSynonym(@Valid @org.springframework.web.bind.annotation.RequestBody NewSynonym request) {
        taxonomies.addSynonym(facet(request.facet()), request.value().strip(), request.phrase());
        return view(List.of());
    }

    @DeleteMapping("/api/admin/taxonomy/synonyms")
    @Operation(summary = "Remove a synonym", description = "404 when phrase is not a name of value.")
    TaxonomyView removeSynonym(@RequestParam String facet, @RequestParam String value, @RequestParam String phrase) {
        taxonomies.removeSynonym(facet(facet), value, phrase);
        return view(List.of());
    }

    @PutMapping("/api/admin/taxonomy/tier-order")
    @Operation(summary = "Set the tier order", description = "tiers best first (\"Premier\", \"Select\", \"Member\"); each "
            + "must be a tier the directory uses. An empty list goes back to the learnt order.")
    TaxonomyView setTierOrder(@Valid @org.springframework.web.bind.annotation.RequestBody NewTierOrder request) {
        taxonomies.setTierOrder(request.tiers());
        return view(List.of());
    }

    @PostMapping("/api/admin/taxonomy/merges")
    @Operation(summary = "Merge two spellings of one value", description = "Every partner with from gets into instead "
            + "(their profiles are indexed again), and from becomes another name of into, so that the next import and "
            + "the next question read it as into. Both must be values the directory uses.")
    Merged merge(@Valid @org.springframework.web.bind.annotation.RequestBody NewMerge request) {
        Taxonomies.Merge merge = taxonomies.merge(facet(request.facet()), request.from(), request.into());
        return new Merged(merge.partnersUpdated(), view(List.of()));
    }

    @GetMapping(path = "/api/admin/taxonomy/yaml", produces = YAML)
    @Operation(summary = "Export the taxonomy as YAML", description = "The stored taxonomy as one file: tierOrder, then per "
            + "facet each value with its other names. The same shape PUT takes.")
    ResponseEntity<String> export() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"taxonomy.yaml\"")
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .body(taxonomies.stored().taxonomy().toYaml());
    }

    @PutMapping(path = "/api/admin/taxonomy/yaml", consumes = {YAML, "application/x-yaml", "text/yaml", "text/x-yaml",
            MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Import a taxonomy from YAML", description = "Replaces the whole taxonomy with the file (the export's "
            + "shape). A file that is not one is a 400 that changes nothing. Values no partner uses yet are kept and listed "
            + "in warnings: their names apply once partners use them.",
            requestBody = @RequestBody(content = @Content(mediaType = YAML, schema = @Schema(type = "string",
                    example = "tierOrder: [Premier, Select, Member]\nindustries:\n  Financial Services: [bank, insurer]\n"))))
    @ApiResponse(responseCode = "200", description = "Imported; the taxonomy as it is now, with warnings")
    TaxonomyView importYaml(@org.springframework.web.bind.annotation.RequestBody(required = false) byte[] body) {
        if (body == null || body.length == 0) {
            throw new IllegalArgumentException("The taxonomy file is empty");
        }
        if (body.length > MAX_YAML) {
            throw new IllegalArgumentException("The taxonomy file is larger than " + MAX_YAML / 1000 + " kB");
        }
        Taxonomy imported = taxonomies.replace(new String(body, StandardCharsets.UTF_8));
        return view(taxonomies.notInDirectory(imported));
    }

    @ExceptionHandler(Taxonomies.ConflictException.class)
    ProblemDetail conflict(Taxonomies.ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    private static Facet facet(String key) {
        return Facet.byFilterKey(key.strip()).filter(Facet::directoryAttribute).orElseThrow(() -> new IllegalArgumentException(
                "Unknown facet '" + key + "'; one of " + String.join(", ", Arrays.stream(Facet.values())
                        .filter(Facet::directoryAttribute).map(Facet::filterKey).toList())));
    }

    private TaxonomyView view(List<String> warnings) {
        Taxonomies.Stored stored = taxonomies.stored();
        Taxonomy taxonomy = stored.taxonomy();
        Map<Facet, Map<String, Integer>> counts = partners.valueCounts();
        List<FacetView> facets = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            if (!facet.directoryAttribute()) {
                continue;
            }
            Map<String, Integer> used = counts.getOrDefault(facet, Map.of());
            Map<String, List<String>> named = taxonomy.values().getOrDefault(facet, Map.of());
            Set<String> values = new LinkedHashSet<>(used.keySet());
            values.addAll(named.keySet());
            List<ValueView> rows = new ArrayList<>();
            for (String value : values) {
                rows.add(new ValueView(value, vocabulary.displayName(facet, value), used.getOrDefault(value, 0),
                        named.getOrDefault(value, List.of())));
            }
            if (facet == Facet.TIER) {
                List<String> order = vocabulary.tierOrder(values);
                rows.sort(java.util.Comparator.comparingInt(r -> order.indexOf(r.value())));
            } else {
                rows.sort(java.util.Comparator.comparing((ValueView r) -> r.label().toLowerCase(Locale.ROOT)));
            }
            String label = facet.filterKey().substring(0, 1).toUpperCase(Locale.ROOT) + facet.filterKey().substring(1);
            facets.add(new FacetView(facet.filterKey(), label, vocabulary.coded(facet), rows));
        }
        List<String> tiers = vocabulary.tierOrder(counts.getOrDefault(Facet.TIER, Map.of()).keySet());
        return new TaxonomyView(facets, new TierOrder(tiers, !taxonomy.tierOrder().isEmpty()), stored.version(),
                stored.updatedAt(), names.of(stored.updatedBy()), warnings);
    }
}

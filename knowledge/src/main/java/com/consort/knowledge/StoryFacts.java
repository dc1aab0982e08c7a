package com.consort.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a customer story says about its customer, read at ingest and stored as facets of the story
 * (table {@code document_facet}), so that a question describing a customer (its industry, its country,
 * what it did) or asking who helped it can be matched on them.
 * <p>
 * Read, first found wins: the file's front matter (a site generator's page: {@code Company:},
 * {@code Location:}, {@code Industry:}) and document properties (an Office file's custom properties,
 * its subject), then the fact lines near the top of the text ("Industry: Automotive", "Customer: ..."),
 * as case studies state them. Nothing is guessed from prose.
 * <p>
 * {@code partner} is the partner the story itself names ("Partner: ..."), as written. The manifest's or
 * uploader's {@code partnerId} stays the authority on which directory partner the story credits; when
 * the two disagree, the document keeps the given partnerId and this fact keeps the story's own words. Without one,
 * the story is filed under the directory partner it credits itself ({@link PartnerNames#creditIn}).
 *
 * @param customer the customer's name
 * @param industryAsWritten the customer's industry as the story writes it ("Media and Software")
 * @param industries the industries that line names, as {@link Vocabulary#industries} reads them (the case-study filter)
 * @param location where the customer is, as written ("Herzogenaurach, Germany")
 * @param country the ISO 3166 code of the location's country, when it names one
 * @param partner the partner the story names, as written
 * @param date the story's date (ISO yyyy-MM-dd)
 */
public record StoryFacts(String customer, String industryAsWritten, Set<String> industries, String location, String country,
        String partner, String date) {

    public static final StoryFacts NONE = new StoryFacts(null, null, Set.of(), null, null, null, null);

    /** The facet names these facts are stored under. */
    public enum Fact {
        CUSTOMER, INDUSTRY, INDUSTRY_TEXT, LOCATION, COUNTRY, PARTNER, DATE
    }

    private static final Pattern LINE = Pattern.compile("(?i)(?:^|\\s)(company|customer|client|industry|branche|sector|location"
            + "|country|headquarters|partner|implementation partner|date|published)\\s*:\\s*([^:\\n]+?)"
            + "(?=\\s+\\p{Lu}\\p{L}+(?:\\s\\p{L}+)?\\s*:|$)");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final int FIRST_BLOCKS = 20;
    private static final int MAX_VALUE = 200;

    /** Which property or fact-line label gives which fact, in order of preference. */
    private static final Map<Fact, List<String>> LABELS = Map.of(
            Fact.CUSTOMER, List.of("company", "customer", "client"),
            Fact.INDUSTRY_TEXT, List.of("industry", "branche", "sector"),
            Fact.LOCATION, List.of("location", "headquarters", "country"),
            Fact.PARTNER, List.of("partner", "implementation partner", "partners"),
            Fact.DATE, List.of("date", "published", "publishdate", "created"));

    /**
     * @param properties the file's front matter and document properties
     * @param blocks     the texts of the document's blocks, in order (the first ones are read)
     */
    public static StoryFacts read(Map<String, String> properties, List<String> blocks, Vocabulary vocabulary) {
        Map<String, String> found = new LinkedHashMap<>();
        properties.forEach((k, v) -> found.putIfAbsent(k, v));
        for (String block : blocks.subList(0, Math.min(FIRST_BLOCKS, blocks.size()))) {
            Matcher m = LINE.matcher(block);
            while (m.find()) {
                found.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2).strip());
            }
        }
        String industry = first(found, Fact.INDUSTRY_TEXT);
        Set<String> industries = new LinkedHashSet<>();
        if (industry != null) {
            for (String part : industry.split("[,;/]| and | & ")) {
                industries.addAll(vocabulary.industries(part.strip()));
            }
            industries.addAll(vocabulary.industries(industry));
        }
        String location = first(found, Fact.LOCATION);
        return new StoryFacts(first(found, Fact.CUSTOMER), industry, Set.copyOf(industries), location,
                location == null ? null : country(location, vocabulary).orElse(null), first(found, Fact.PARTNER),
                date(first(found, Fact.DATE)));
    }

    /** These facts as facet rows, one list of values per fact. */
    public Map<Fact, List<String>> facets() {
        Map<Fact, List<String>> facets = new LinkedHashMap<>();
        add(facets, Fact.CUSTOMER, customer);
        facets.put(Fact.INDUSTRY, new ArrayList<>(industries));
        add(facets, Fact.INDUSTRY_TEXT, industryAsWritten);
        add(facets, Fact.LOCATION, location);
        add(facets, Fact.COUNTRY, country);
        add(facets, Fact.PARTNER, partner);
        add(facets, Fact.DATE, date);
        return facets;
    }

    /** Facts back from their facet rows. */
    public static StoryFacts of(Map<String, List<String>> facets) {
        return new StoryFacts(one(facets, Fact.CUSTOMER), one(facets, Fact.INDUSTRY_TEXT),
                Set.copyOf(facets.getOrDefault(Fact.INDUSTRY.name(), List.of())), one(facets, Fact.LOCATION),
                one(facets, Fact.COUNTRY), one(facets, Fact.PARTNER), one(facets, Fact.DATE));
    }

    public boolean none() {
        return equals(NONE);
    }

    /**
     * The facts as one line of text ("Customer: adidas · Industry: Fashion · Location: Herzogenaurach, Germany"),
     * indexed at the top of a story whose facts came from its front matter or properties, so that keyword and
     * dense search find them as they find the rest of the story.
     */
    public String asText() {
        List<String> parts = new ArrayList<>();
        if (customer != null) {
            parts.add("Customer: " + customer);
        }
        if (industryAsWritten != null) {
            parts.add("Industry: " + industryAsWritten);
        }
        if (location != null) {
            parts.add("Location: " + location);
        }
        if (partner != null) {
            parts.add("Partner: " + partner);
        }
        return String.join(" · ", parts);
    }

    private static void add(Map<Fact, List<String>> facets, Fact fact, String value) {
        if (value != null) {
            facets.put(fact, List.of(value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value));
        }
    }

    private static String one(Map<String, List<String>> facets, Fact fact) {
        List<String> values = facets.getOrDefault(fact.name(), List.of());
        return values.isEmpty() ? null : values.get(0);
    }

    private static String first(Map<String, String> found, Fact fact) {
        return LABELS.get(fact).stream().map(found::get).filter(v -> v != null && !v.isBlank()).findFirst()
                .map(v -> v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) : v).orElse(null);
    }

    /**
     * The country a location names: its parts from the last ("Herzogenaurach, Germany" gives DE). After a
     * city, a US state ("Seattle, Washington", "Oakland, CA") is the United States, not the country whose
     * ISO code the state's abbreviation happens to be (CA is Canada); a bare two-letter code after a city
     * is no country.
     */
    private static Optional<String> country(String location, Vocabulary vocabulary) {
        String[] parts = location.split("[,;/()]");
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i].strip();
            if (i > 0 && US_STATES.contains(part.toLowerCase(java.util.Locale.ROOT))) {
                return Optional.of("US");
            }
            if (i > 0 && part.length() == 2) {
                continue;
            }
            Optional<String> code = vocabulary.canonical(Facet.COUNTRY, part);
            if (code.isPresent()) {
                return code;
            }
        }
        return Optional.empty();
    }

    /** The states of the United States and DC, by name and by postal code, as US locations are written. */
    private static final Set<String> US_STATES = Set.of("alabama", "al", "alaska", "ak", "arizona", "az", "arkansas", "ar",
            "california", "ca", "colorado", "co", "connecticut", "ct", "delaware", "de", "florida", "fl", "georgia", "ga",
            "hawaii", "hi", "idaho", "id", "illinois", "il", "indiana", "in", "iowa", "ia", "kansas", "ks", "kentucky", "ky",
            "louisiana", "la", "maine", "me", "maryland", "md", "massachusetts", "ma", "michigan", "mi", "minnesota", "mn",
            "mississippi", "ms", "missouri", "mo", "montana", "mt", "nebraska", "ne", "nevada", "nv", "new hampshire", "nh",
            "new jersey", "nj", "new mexico", "nm", "new york", "ny", "north carolina", "nc", "north dakota", "nd", "ohio",
            "oh", "oklahoma", "ok", "oregon", "or", "pennsylvania", "pa", "rhode island", "ri", "south carolina", "sc",
            "south dakota", "sd", "tennessee", "tn", "texas", "tx", "utah", "ut", "vermont", "vt", "virginia", "va",
            "washington", "wa", "west virginia", "wv", "wisconsin", "wi", "wyoming", "wy", "district of columbia", "dc",
            "d.c.");

    private static String date(String value) {
        if (value == null) {
            return null;
        }
        Matcher iso = ISO_DATE.matcher(value);
        if (iso.find()) {
            try {
                return LocalDate.parse(iso.group(1)).toString();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}

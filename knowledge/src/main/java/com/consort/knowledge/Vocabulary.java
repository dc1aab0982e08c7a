package com.consort.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/**
 * What the values of each facet are called. Two layers: the vendor-neutral base (knowledge/vocabulary.yaml
 * plus Java's locale data: ISO codes for countries and languages, regions, general concepts such as
 * "insurer" or "hospital") and the vendor's own {@link Taxonomy} (its synonyms and tier order), which can
 * be replaced at run time. The values a question maps to are the directory's own: a base concept only
 * ever points at a value the directory uses.
 */
@SuppressWarnings("deprecation") // Locale.of needs Java 19; we target 17
public final class Vocabulary {

    /**
     * A phrase (lower-case, accents kept) meaning {@code value} of {@code facet}; {@code general} when it is a general
     * word of the base vocabulary rather than the value's own name or the vendor's word for it.
     */
    public record Phrase(String text, Facet facet, String value, boolean general) {
        public Phrase(String text, Facet facet, String value) {
            this(text, facet, value, false);
        }
    }

    public record Region(String code, Set<String> countries, Set<String> subregions) {
    }

    private final Map<String, Region> regions = new LinkedHashMap<>();
    private final Map<Facet, Map<String, String>> aliases = new EnumMap<>(Facet.class);
    private final Map<Facet, Map<String, List<String>>> synonymsByValue = new EnumMap<>(Facet.class);
    private final Map<String, Set<String>> nativeCountryNames = new HashMap<>();
    /** A country's main cities by its code: names a passage may place a partner or customer by, never read in a question. */
    private final Map<String, List<String>> cities = new HashMap<>();

    /** Country names that are more often ordinary words or people's names in a seller's question. */
    private static final Set<String> AMBIGUOUS_NAMES = Set.of("chad", "jordan", "georgia", "jersey", "guernsey",
            "man", "niue", "ga", "ewe", "yi", "ido", "twi", "tonga", "lao", "tsonga", "herero", "kongo");

    /** A glossary term's names, each with its {@link #key} form padded for whole-word matching (computed at load). */
    private record GlossaryTerm(List<String> names, List<String> keys) {
    }

    private final List<GlossaryTerm> glossary = new ArrayList<>();

    /**
     * A general concept ("Insurance": insurer, insurers, ...) and the broader one tried when a directory lacks it.
     *
     * @param within words that make a directory value this concept ("integration") but are too general to read alone
     */
    private record Concept(Facet facet, String name, List<String> names, String broader, List<String> within) {
    }

    private final Map<Facet, Map<String, Concept>> concepts = new EnumMap<>(Facet.class);
    private final List<String> tierLadder = new ArrayList<>();
    private volatile Taxonomy vendor = Taxonomy.EMPTY;
    /** The vendor layer's phrase -> value per facet, rebuilt whenever the vendor taxonomy is replaced. */
    private volatile Map<Facet, Map<String, String>> vendorAliases = Map.of();

    private Vocabulary() {
        for (Facet f : Facet.values()) {
            aliases.put(f, new HashMap<>());
            synonymsByValue.put(f, new LinkedHashMap<>());
        }
    }

    public static Vocabulary standard() {
        try (InputStream in = Vocabulary.class.getResourceAsStream("/knowledge/vocabulary.yaml")) {
            Vocabulary vocabulary = new Vocabulary();
            vocabulary.load(new Yaml().load(in));
            return vocabulary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The vendor's own taxonomy in use (synonyms, tier order); empty until a vendor sets one. */
    public Taxonomy vendor() {
        return vendor;
    }

    /** Replaces the vendor layer: applied at once to imports and to question understanding, no restart. */
    public void useVendor(Taxonomy taxonomy) {
        Map<Facet, Map<String, String>> byFacet = new EnumMap<>(Facet.class);
        taxonomy.values().forEach((facet, values) -> {
            Map<String, String> phrases = new HashMap<>();
            values.forEach((value, names) -> {
                phrases.putIfAbsent(key(value), value);
                names.forEach(n -> phrases.putIfAbsent(key(n), value));
            });
            byFacet.put(facet, phrases);
        });
        vendorAliases = byFacet;
        vendor = taxonomy;
    }

    /** The base vocabulary with the demo's or a test's vendor file applied (a classpath resource). */
    public static Vocabulary withVendorResource(String resource) {
        Vocabulary vocabulary = standard();
        vocabulary.useVendor(Taxonomy.fromResource(resource));
        return vocabulary;
    }

    @SuppressWarnings("unchecked")
    private void load(Map<String, Object> yaml) {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            alias(Facet.COUNTRY, code, code);
            alias(Facet.COUNTRY, country.getDisplayCountry(Locale.ENGLISH), code);
        }
        // native names ("Deutschland", "Polska", "België") from every locale the JDK knows
        for (Locale locale : Locale.getAvailableLocales()) {
            if (locale.getCountry().length() == 2 && locale.getVariant().isEmpty() && locale.getScript().isEmpty()) {
                alias(Facet.COUNTRY, locale.getDisplayCountry(locale), locale.getCountry());
                nativeCountryNames.computeIfAbsent(locale.getCountry(), k -> new LinkedHashSet<>())
                        .add(locale.getDisplayCountry(locale));
            }
        }
        for (String code : Locale.getISOLanguages()) {
            Locale language = new Locale(code);
            alias(Facet.LANGUAGE, code, code);
            alias(Facet.LANGUAGE, language.getDisplayLanguage(Locale.ENGLISH), code);
            alias(Facet.LANGUAGE, language.getDisplayLanguage(language), code);
        }
        ((Map<String, Map<String, Object>>) yaml.get("regions")).forEach((code, region) -> {
            regions.put(code, new Region(code, Set.copyOf((List<String>) region.get("countries")),
                    Set.copyOf((List<String>) region.getOrDefault("subregions", List.of()))));
            alias(Facet.REGION, code, code);
            for (String name : (List<String>) region.get("names")) {
                synonym(Facet.REGION, code, name);
            }
        });
        ((Map<String, List<String>>) yaml.get("countries")).forEach((code, names) -> names.forEach(n -> synonym(Facet.COUNTRY, code, n)));
        ((Map<String, List<String>>) yaml.getOrDefault("cities", Map.of())).forEach((code, names) -> cities.put(code, List.copyOf(names)));
        ((Map<String, List<String>>) yaml.getOrDefault("languages", Map.of()))
                .forEach((code, names) -> names.forEach(n -> synonym(Facet.LANGUAGE, code, n)));
        tierLadder.addAll((List<String>) yaml.getOrDefault("tierLadder", List.of()));
        ((Map<String, Map<String, Object>>) yaml.getOrDefault("concepts", Map.of())).forEach((section, byName) -> {
            Facet facet = Facet.byFilterKey(section).orElseThrow(() -> new IllegalStateException("Unknown facet " + section));
            Map<String, Concept> forFacet = concepts.computeIfAbsent(facet, f -> new LinkedHashMap<>());
            byName.forEach((name, spec) -> {
                List<String> names = spec instanceof Map<?, ?> map ? (List<String>) map.get("names") : (List<String>) spec;
                String broader = spec instanceof Map<?, ?> map ? (String) map.get("broader") : null;
                List<String> within = spec instanceof Map<?, ?> map && map.get("within") != null
                        ? (List<String>) map.get("within") : List.of();
                forFacet.put(name, new Concept(facet, name, List.copyOf(names), broader, List.copyOf(within)));
            });
        });
        ((Map<String, List<String>>) yaml.getOrDefault("glossary", Map.of())).forEach((term, names) -> {
            List<String> forms = new ArrayList<>(List.of(term));
            forms.addAll(names);
            glossary.add(new GlossaryTerm(List.copyOf(forms), forms.stream().map(f -> " " + key(f) + " ").toList()));
        });
    }

    private void alias(Facet facet, String name, String value) {
        if (name != null && !key(name).isEmpty()) {
            aliases.get(facet).putIfAbsent(key(name), value);
        }
    }

    private void synonym(Facet facet, String value, String name) {
        alias(facet, name, value);
        synonymsByValue.get(facet).computeIfAbsent(value, k -> new ArrayList<>()).add(name);
    }

    /**
     * The other names of the glossary terms the text uses ("MDF" for "market development funds" and
     * the reverse), as words to add to a search so that passages naming the same thing are found.
     */
    public List<String> otherNames(String text) {
        String padded = " " + key(text) + " ";
        List<String> others = new ArrayList<>();
        for (GlossaryTerm term : glossary) {
            if (term.keys().stream().anyMatch(padded::contains)) {
                for (int i = 0; i < term.names().size(); i++) {
                    if (!padded.contains(term.keys().get(i))) {
                        others.add(term.names().get(i));
                    }
                }
            }
        }
        return others;
    }

    /**
     * The canonical form of an imported value, if the vocabulary knows it: the ISO code of a country or
     * language, a region's code, or the value the vendor's taxonomy files this spelling under. Never a
     * base concept: an industry is stored as the vendor wrote it.
     */
    public Optional<String> canonical(Facet facet, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String value = vendorAliases.getOrDefault(facet, Map.of()).get(key(raw));
        if (value != null) {
            return Optional.of(value);
        }
        if (!coded(facet)) {
            return Optional.empty();
        }
        String code = aliases.get(facet).get(key(raw));
        int comma = raw.indexOf(", ");
        if (code == null && comma > 0) { // registry order: "Korea, Republic of" is the Republic of Korea
            code = aliases.get(facet).get(key(raw.substring(comma + 2) + " " + raw.substring(0, comma)));
        }
        return Optional.ofNullable(code);
    }

    /**
     * The industries a story's "Industry:" line names: the vendor taxonomy's value when the line is one, else every
     * general concept one of whose names stands in it as whole words ("Healthcare (private hospitals)": Healthcare,
     * "Grocery retail": Retail, "Shipbuilding and defence": Defence), by the concept's name; none for words no concept
     * has. A story is often filed before the directory is, so its facts keep the general name; {@link #withConceptsOf}
     * meets them from the directory's values.
     */
    public Set<String> industries(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        canonical(Facet.INDUSTRY, text).ifPresent(found::add);
        if (!found.isEmpty()) {
            return found;
        }
        String padded = " " + meaningKey(text) + " ";
        for (Concept c : concepts.getOrDefault(Facet.INDUSTRY, Map.of()).values()) {
            if (padded.contains(" " + meaningKey(c.name()) + " ")
                    || c.names().stream().anyMatch(n -> padded.contains(" " + meaningKey(n) + " "))) {
                found.add(c.name());
            }
        }
        return found;
    }

    /**
     * The values and the names of the general concepts that point at one of them ("Banking & Insurance": also Financial
     * Services and Insurance), which is what a story's facts call them ({@link #industries}).
     */
    public Set<String> withConceptsOf(Facet facet, Collection<String> values) {
        Set<String> all = new LinkedHashSet<>(values);
        for (Concept c : concepts.getOrDefault(facet, Map.of()).values()) {
            if (!appliesTo(c, values).isEmpty()) {
                all.add(c.name());
            }
        }
        return all;
    }

    /** Whether the facet's values are codes from a registry (ISO 3166, ISO 639, region codes). */
    public boolean coded(Facet facet) {
        return facet == Facet.COUNTRY || facet == Facet.LANGUAGE || facet == Facet.REGION;
    }

    /**
     * The known value nearest to an unknown spelling, for the import's warning ("Mandrin" -> "Mandarin (zh)"),
     * or empty when nothing is close.
     */
    public Optional<String> nearest(Facet facet, String raw) {
        String wanted = key(raw);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        Map<String, String> names = new HashMap<>(aliases.get(facet));
        names.putAll(vendorAliases.getOrDefault(facet, Map.of()));
        for (var entry : names.entrySet()) {
            int distance = editDistance(wanted, entry.getKey(), bestDistance);
            if (distance < bestDistance && entry.getKey().length() > 2) {
                bestDistance = distance;
                best = entry.getKey();
            }
        }
        if (best == null || bestDistance > Math.max(1, wanted.length() / 4)) {
            return Optional.empty();
        }
        String value = names.get(best);
        String bestKey = best;
        String name = synonymsByValue.get(facet).getOrDefault(value, List.of()).stream().filter(n -> key(n).equals(bestKey))
                .findFirst().orElse(coded(facet) ? displayName(facet, value) : value);
        return Optional.of(coded(facet) && !name.equals(value) ? name + " (" + value + ")" : name);
    }

    /** Whether two words differ by at most one letter inserted, deleted or changed. */
    public static boolean withinOneEdit(String a, String b) {
        return editDistance(a, b, 2) <= 1;
    }

    private static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return limit;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * The order of the directory's tiers, best first: the vendor's configured order, else the common tier
     * ladder of the base vocabulary; tiers neither knows come last, alphabetically.
     */
    public List<String> tierOrder(Collection<String> tiers) {
        List<String> order = new ArrayList<>();
        vendor.tierOrder().forEach(t -> {
            if (!order.contains(t)) {
                order.add(t);
            }
        });
        List<String> rest = new ArrayList<>(tiers.stream().filter(t -> order.stream().noneMatch(o -> key(o).equals(key(t))))
                .distinct().toList());
        rest.sort(java.util.Comparator.comparingInt((String t) -> {
            int rank = tierLadder.stream().map(Vocabulary::key).toList().indexOf(key(t));
            return rank < 0 ? Integer.MAX_VALUE : rank;
        }).thenComparing(t -> t));
        order.addAll(rest);
        return order;
    }

    /** One key per meaning: {@link #key} with plural endings folded ("Certified Admins" = "certified admin"). */
    public static String meaningKey(String text) {
        StringBuilder folded = new StringBuilder();
        for (String word : key(text).split(" ")) {
            String w = word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
            folded.append(folded.isEmpty() ? "" : " ").append(w);
        }
        return folded.toString();
    }

    /**
     * The values among {@code stored} (a directory's) that are other spellings of {@code values}: a registry code is met
     * by a spelling the import kept as written because it did not know it ("Mandrin" for zh: its nearest known value);
     * a vendor's value by the same words with or without a generic one ("Platform Alliance", "Platform Alliance
     * Partner"; "Managed Security Service Provider", "Managed Security Provider"), "and" for "&", or its initials
     * ("MSSP", "A&I Partner"), one spelling leading to the next.
     */
    public Set<String> spellingsIn(Facet facet, Set<String> values, Collection<String> stored) {
        Set<String> spellings = new LinkedHashSet<>();
        if (facet == Facet.TIER || facet == Facet.REGION || values.isEmpty()) {
            return spellings;
        }
        if (coded(facet)) {
            for (String s : stored) {
                if (!values.contains(s) && s.length() > 3 && canonical(facet, s).isEmpty()) {
                    nearest(facet, s).ifPresent(near -> values.stream()
                            .filter(v -> near.equals(v) || near.endsWith("(" + v + ")")).findAny().ifPresent(v -> spellings.add(s)));
                }
            }
            return spellings;
        }
        Set<String> all = new LinkedHashSet<>(values);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String s : stored) {
                if (!all.contains(s) && all.stream().anyMatch(v -> sameSpelling(v, s))) {
                    all.add(s);
                    spellings.add(s);
                    grew = true;
                }
            }
        }
        return spellings;
    }

    /** Words that do not change what a value is: a "Platform Alliance" is a "Platform Alliance Partner". */
    private static final Set<String> GENERIC_WORDS = Set.of("partner", "provider", "service", "company", "firm");

    private static boolean sameSpelling(String a, String b) {
        String coreA = core(a, false);
        String coreB = core(b, false);
        return !coreA.isEmpty() && (coreA.equals(coreB) || coreB.equals(initials(a, false)) || coreB.equals(initials(a, true))
                || coreA.equals(initials(b, false)) || coreA.equals(initials(b, true)));
    }

    private static List<String> coreWords(String value, boolean withGeneric) {
        List<String> words = new ArrayList<>();
        for (String word : meaningKey(value.replace("&", " and ")).split(" ")) {
            if (!word.isEmpty() && (withGeneric || !GENERIC_WORDS.contains(word))) {
                words.add(word.equals("and") ? "&" : word);
            }
        }
        return words;
    }

    /** The words without generic ones, run together ("platformalliance"). */
    private static String core(String value, boolean withGeneric) {
        return String.join("", coreWords(value, withGeneric));
    }

    /** Their initials ("a&i" of "Advisory & Integration Partner"; with the generic words "mssp"), or none under two. */
    private static String initials(String value, boolean withGeneric) {
        StringBuilder letters = new StringBuilder();
        coreWords(value, withGeneric).forEach(w -> letters.append(w.charAt(0)));
        return letters.length() < 2 ? "\u0000" : letters.toString();
    }

    /** Region codes that satisfy a constraint on {@code region}: itself and its sub-regions. */
    private Set<String> regionAndSubregions(String region) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(region);
        Region r = regions.get(aliases.get(Facet.REGION).getOrDefault(key(region), region));
        if (r != null) {
            codes.add(r.code());
        }
        if (r != null) {
            r.subregions().forEach(sub -> codes.addAll(regionAndSubregions(sub)));
        }
        return codes;
    }

    /** The country's main cities ("Berlin" for DE): what a passage may say instead of the country's name. */
    public List<String> citiesOf(String countryCode) {
        return cities.getOrDefault(countryCode, List.of());
    }

    /** What meets a constraint on any of {@code regions}: those regions, their sub-regions, and their countries. */
    public record Coverage(Set<String> regions, Set<String> countries) {
    }

    /**
     * Whether the partner has one of the wanted values of the facet; a wanted region is also met by its
     * sub-regions and their countries.
     */
    public boolean meets(Partner partner, Facet facet, Set<String> wanted) {
        if (facet != Facet.REGION) {
            return partner.hasAny(facet, wanted) || !spellingsIn(facet, wanted, partner.values(facet)).isEmpty();
        }
        Coverage coverage = coverage(wanted);
        return partner.hasAny(Facet.REGION, coverage.regions()) || partner.hasAny(Facet.COUNTRY, coverage.countries());
    }

    public Coverage coverage(Collection<String> regions) {
        Set<String> codes = new LinkedHashSet<>();
        regions.forEach(r -> codes.addAll(regionAndSubregions(r)));
        Set<String> countries = new LinkedHashSet<>();
        codes.forEach(r -> countries.addAll(countriesOf(r)));
        return new Coverage(codes, countries);
    }

    private Set<String> countriesOf(String region) {
        Region r = regions.get(aliases.get(Facet.REGION).getOrDefault(key(region), region));
        return r == null ? Set.of() : r.countries();
    }

    /** The human name of a canonical value: "Germany" for DE, "German" for de; others are already names. */
    public String displayName(Facet facet, String value) {
        return switch (facet) {
            case COUNTRY -> new Locale("", value).getDisplayCountry(Locale.ENGLISH);
            case LANGUAGE -> new Locale(value).getDisplayLanguage(Locale.ENGLISH);
            default -> value;
        };
    }

    /**
     * Every phrase that means a value: all countries, languages and regions (so that a question about a
     * place no partner covers is answered "no match" rather than losing the constraint); the directory's
     * own values ({@code known}) and the vendor taxonomy's, each with the vendor's synonyms; then the
     * base concepts' words, each pointing at the directory value it applies to (none: left out).
     */
    public List<Phrase> phrases(Map<Facet, ? extends Collection<String>> known) {
        List<Phrase> phrases = new ArrayList<>();
        List<Phrase> initials = new ArrayList<>();
        Map<Facet, Set<String>> coded = new EnumMap<>(Facet.class);
        coded.put(Facet.COUNTRY, new LinkedHashSet<>(List.of(Locale.getISOCountries())));
        coded.put(Facet.LANGUAGE, new LinkedHashSet<>(List.of(Locale.getISOLanguages())));
        coded.get(Facet.LANGUAGE).addAll(synonymsByValue.get(Facet.LANGUAGE).keySet());
        coded.put(Facet.REGION, new LinkedHashSet<>(regions.keySet()));
        coded.forEach((facet, values) -> {
            values.addAll(valuesOf(known, facet));
            for (String value : values) {
                Set<String> names = new LinkedHashSet<>();
                names.add(displayName(facet, value));
                if (facet == Facet.LANGUAGE) {
                    names.add(new Locale(value).getDisplayLanguage(new Locale(value)));
                } else if (facet == Facet.COUNTRY) {
                    names.addAll(nativeCountryNames.getOrDefault(value, Set.of()));
                }
                names.addAll(synonymsByValue.get(facet).getOrDefault(value, List.of()));
                for (String name : names) {
                    String text = name.toLowerCase(Locale.ROOT);
                    boolean code = name.equals(value) && (facet == Facet.COUNTRY || facet == Facet.LANGUAGE);
                    if (!code && text.length() > 1 && !AMBIGUOUS_NAMES.contains(text)) {
                        phrases.add(new Phrase(text, facet, value));
                    }
                }
            }
        });
        Taxonomy vendor = this.vendor;
        for (Facet facet : Facet.values()) {
            if (coded(facet) || !facet.directoryAttribute()) {
                continue;
            }
            Set<String> values = new LinkedHashSet<>(valuesOf(known, facet));
            values.addAll(vendor.values().getOrDefault(facet, Map.of()).keySet());
            for (String value : values) {
                phrases.add(new Phrase(value.toLowerCase(Locale.ROOT), facet, value));
                vendor.values().getOrDefault(facet, Map.of()).getOrDefault(value, List.of())
                        .forEach(n -> phrases.add(new Phrase(n.toLowerCase(Locale.ROOT), facet, value)));
            }
            if (SHORTENED.contains(facet)) {
                Set<String> shared = sharedWords(values);
                for (String value : values) {
                    shortNames(value, shared).forEach(n -> phrases.add(new Phrase(n, facet, value, true)));
                    initialsOf(value).ifPresent(n -> initials.add(new Phrase(n, facet, value, true)));
                }
            }
            for (Concept concept : concepts.getOrDefault(facet, Map.of()).values()) {
                for (String value : appliesTo(concept, values)) {
                    phrases.add(new Phrase(concept.name().toLowerCase(Locale.ROOT), facet, value, true));
                    concept.names().forEach(n -> phrases.add(new Phrase(n.toLowerCase(Locale.ROOT), facet, value, true)));
                }
            }
        }
        // initials that are also a word of another name ("sap" of a "Strategic Alliance Partner" where SAP is an
        // integration), or of two values, say nothing for sure
        Set<String> words = new java.util.HashSet<>();
        phrases.forEach(p -> words.addAll(List.of(p.text().split("[^\\p{L}\\p{N}]+"))));
        Map<String, Set<String>> meaning = new HashMap<>();
        initials.forEach(p -> meaning.computeIfAbsent(p.text(), k -> new java.util.HashSet<>()).add(key(p.value())));
        initials.stream().filter(p -> !words.contains(p.text()) && meaning.get(p.text()).size() == 1).forEach(phrases::add);
        return phrases;
    }

    /**
     * The initials of a name of three words or more ("ktp" for "Kubernetes Training Partner", "zta" for "Zero Trust
     * Architecture"): how people write such names in a hurry.
     */
    private static Optional<String> initialsOf(String value) {
        List<String> words = java.util.Arrays.stream(value.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
        if (words.size() < 3) {
            return Optional.empty();
        }
        StringBuilder letters = new StringBuilder();
        words.forEach(w -> letters.append(Character.toLowerCase(w.charAt(0))));
        return Optional.of(letters.toString());
    }

    /** Facets whose values are names of several words that people shorten when they ask. */
    private static final Set<Facet> SHORTENED = EnumSet.of(Facet.TYPE, Facet.SPECIALIZATION, Facet.CERTIFICATION);

    /**
     * Words in at least half of a facet's values, and in two or more ("Kubernetes", "Certified", the vendor's name):
     * they tell the facet's values apart from nothing.
     */
    public static Set<String> sharedWords(Collection<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        values.stream().map(v -> new HashSet<>(List.of(key(v).split(" ")))).forEach(words -> words.forEach(w -> counts.merge(w, 1, Integer::sum)));
        Set<String> shared = new HashSet<>();
        counts.forEach((word, n) -> {
            if (n >= 2 && n * 2 >= values.size()) {
                shared.add(word);
            }
        });
        return shared;
    }

    /**
     * A value as people shorten it, two words at least: without the leading words every value of its facet shares
     * ("training partner" for "Kubernetes Training Partner", "solution architect" for "Certified Solution Architect")
     * and without a generic head ("Kubernetes training"). Single words are left out: "training" alone is too general.
     */
    private static Set<String> shortNames(String value, Set<String> shared) {
        List<String> words = List.of(key(value).split(" "));
        Set<String> names = new LinkedHashSet<>();
        int from = 0;
        while (from < words.size() && shared.contains(words.get(from))) {
            from++;
        }
        if (from > 0 && words.size() - from >= 2) {
            names.add(String.join(" ", words.subList(from, words.size())));
        }
        if (words.size() >= 3 && GENERIC_HEADS.contains(meaningKey(words.get(words.size() - 1)))) {
            names.add(String.join(" ", words.subList(0, words.size() - 1)));
        }
        return names;
    }

    /** The values of one facet in a map of values by facet, none when absent. */
    public static Collection<String> valuesOf(Map<Facet, ? extends Collection<String>> values, Facet facet) {
        Collection<String> these = values.get(facet);
        return these == null ? List.of() : these;
    }

    /**
     * The directory values a concept points at: the concept itself, or values with it, one of its names or of its
     * {@code within} words as a part; else its broader concept's.
     */
    private List<String> appliesTo(Concept concept, Collection<String> values) {
        Set<String> names = new LinkedHashSet<>();
        names.add(meaningKey(concept.name()));
        concept.names().forEach(n -> names.add(meaningKey(n)));
        concept.within().forEach(n -> names.add(meaningKey(n)));
        List<String> matching = values.stream().filter(v -> parts(v).stream().anyMatch(names::contains)).toList();
        if (matching.isEmpty() && concept.broader() != null) {
            Concept broader = concepts.get(concept.facet()).get(concept.broader());
            return broader == null ? List.of() : appliesTo(broader, values);
        }
        return matching;
    }

    /**
     * "Banking & Insurance" -> [banking & insurance, banking, insurance]; a part's runs of words count too
     * ("Regional Aggregator" is an aggregator, "Platform Alliance Partner" an alliance partner, "Compliance Readiness"
     * is about compliance), but not a general head alone ("partner"). Meaning keys.
     */
    private static List<String> parts(String value) {
        List<String> parts = new ArrayList<>();
        parts.add(meaningKey(value));
        for (String part : value.split("\\s*(&|/|,|\\+|\\band\\b)\\s*")) {
            String[] words = meaningKey(part).split(" ");
            for (int from = 0; from < words.length; from++) {
                for (int to = from + 1; to <= words.length; to++) {
                    String run = String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
                    if (!run.isBlank() && !GENERIC_HEADS.contains(run)) {
                        parts.add(run);
                    }
                }
            }
        }
        return parts;
    }

    /** Head words too general to say what a value is. */
    private static final Set<String> GENERIC_HEADS = Set.of("partner", "provider", "service", "company", "firm", "specialist");

    /** Case-, accent- and punctuation-insensitive lookup key. */
    static String key(String text) {
        String folded = Normalizer.normalize(text.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        // (?U): letters of every script count, so "日本" is a key and not an empty string
        return folded.toLowerCase(Locale.ROOT).replaceAll("(?U)[^\\p{Alnum}&/+]+", " ").trim();
    }
}

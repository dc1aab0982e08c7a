package com.consort.knowledge.partner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/**
 * What the values of each facet are called. Normalises imported values to one canonical form
 * (ISO codes for countries and languages, region codes, canonical names for the rest) and knows the
 * phrases that mean each value, for question understanding. Loaded from knowledge/vocabulary.yaml
 * plus Java's locale data for country and language names.
 */
@SuppressWarnings("deprecation") // Locale.of needs Java 19; we target 17
public final class Vocabulary {

    /** A phrase (lower-case, accents kept) meaning {@code value} of {@code facet}. */
    public record Phrase(String text, Facet facet, String value) {
    }

    public record Region(String code, Set<String> countries, Set<String> subregions) {
    }

    private final Map<String, Region> regions = new LinkedHashMap<>();
    private final Map<Facet, Map<String, String>> aliases = new EnumMap<>(Facet.class);
    private final Map<Facet, Map<String, List<String>>> synonymsByValue = new EnumMap<>(Facet.class);
    private final Map<String, Set<String>> nativeCountryNames = new HashMap<>();

    /** Country names that are more often ordinary words or people's names in a seller's question. */
    private static final Set<String> AMBIGUOUS_NAMES = Set.of("chad", "jordan", "georgia", "jersey", "guernsey",
            "man", "niue", "ga", "ewe", "yi", "ido", "twi", "tonga", "lao", "tsonga", "herero", "kongo");

    /** A glossary term's names, each with its {@link #key} form padded for whole-word matching (computed at load). */
    private record GlossaryTerm(List<String> names, List<String> keys) {
    }

    private final List<GlossaryTerm> glossary = new ArrayList<>();

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
        Map<String, Facet> sections = Map.of("types", Facet.TYPE, "tiers", Facet.TIER, "industries", Facet.INDUSTRY,
                "specializations", Facet.SPECIALIZATION, "certifications", Facet.CERTIFICATION,
                "integrations", Facet.INTEGRATION, "templates", Facet.TEMPLATE);
        ((Map<String, List<String>>) yaml.getOrDefault("glossary", Map.of())).forEach((term, names) -> {
            List<String> forms = new ArrayList<>(List.of(term));
            forms.addAll(names);
            glossary.add(new GlossaryTerm(List.copyOf(forms), forms.stream().map(f -> " " + key(f) + " ").toList()));
        });
        sections.forEach((section, facet) -> {
            Map<String, List<String>> values = (Map<String, List<String>>) yaml.getOrDefault(section, Map.of());
            values.forEach((canonical, names) -> {
                alias(facet, canonical, canonical);
                synonymsByValue.get(facet).computeIfAbsent(canonical, k -> new ArrayList<>());
                names.forEach(n -> synonym(facet, canonical, n));
            });
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

    /** The canonical form of an imported value, if the vocabulary knows it. */
    public Optional<String> canonical(Facet facet, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(aliases.get(facet).get(key(raw)));
    }

    /** Whether values of this facet must come from the vocabulary (codes) rather than free text. */
    public boolean closed(Facet facet) {
        return facet == Facet.COUNTRY || facet == Facet.LANGUAGE || facet == Facet.TIER;
    }

    /** Region codes that satisfy a constraint on {@code region}: itself and its sub-regions. */
    private Set<String> regionAndSubregions(String region) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(region);
        Region r = regions.get(region);
        if (r != null) {
            r.subregions().forEach(sub -> codes.addAll(regionAndSubregions(sub)));
        }
        return codes;
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
            return partner.hasAny(facet, wanted);
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
        Region r = regions.get(region);
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
     * Every phrase that means a value: all countries and languages (so that a question about a place
     * no partner covers is answered "no match" rather than losing the constraint), every value of the
     * vocabulary file, and the values {@code known} from the data, each with its synonyms.
     */
    public List<Phrase> phrases(Map<Facet, ? extends Collection<String>> known) {
        Map<Facet, Set<String>> values = new EnumMap<>(Facet.class);
        known.forEach((facet, v) -> values.computeIfAbsent(facet, f -> new LinkedHashSet<>()).addAll(v));
        values.computeIfAbsent(Facet.COUNTRY, f -> new LinkedHashSet<>()).addAll(List.of(Locale.getISOCountries()));
        values.computeIfAbsent(Facet.LANGUAGE, f -> new LinkedHashSet<>()).addAll(List.of(Locale.getISOLanguages()));
        values.computeIfAbsent(Facet.REGION, f -> new LinkedHashSet<>()).addAll(regions.keySet());
        synonymsByValue.forEach((facet, byValue) -> {
            if (facet != Facet.COUNTRY && facet != Facet.REGION) {
                values.computeIfAbsent(facet, f -> new LinkedHashSet<>()).addAll(byValue.keySet());
            }
        });
        List<Phrase> phrases = new ArrayList<>();
        values.forEach((facet, facetValues) -> {
            for (String value : facetValues) {
                Set<String> names = new LinkedHashSet<>();
                names.add(displayName(facet, value));
                if (facet == Facet.LANGUAGE) {
                    names.add(new Locale(value).getDisplayLanguage(new Locale(value)));
                } else if (facet == Facet.COUNTRY) {
                    names.addAll(nativeCountryNames.getOrDefault(value, Set.of()));
                } else if (facet != Facet.REGION) {
                    names.add(value);
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
        return phrases;
    }

    /** Case-, accent- and punctuation-insensitive lookup key. */
    static String key(String text) {
        String folded = Normalizer.normalize(text.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        // (?U): letters of every script count, so "日本" is a key and not an empty string
        return folded.toLowerCase(Locale.ROOT).replaceAll("(?U)[^\\p{Alnum}&/+]+", " ").trim();
    }
}

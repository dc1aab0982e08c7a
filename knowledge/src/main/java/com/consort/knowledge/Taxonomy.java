package com.consort.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A vendor's own vocabulary on top of the neutral base: for each facet, the directory values and the
 * other names its sellers use for them (a merge of two spellings is one value with the other as a
 * name), and the order of its tiers, best first. One YAML file:
 * <pre>
 * tierOrder: [Premier, Select, Member]
 * types:
 *   Managed Security Provider: [MSSP, managed security service provider]
 * </pre>
 */
public record Taxonomy(Map<Facet, Map<String, List<String>>> values, List<String> tierOrder) {

    public static final Taxonomy EMPTY = new Taxonomy(Map.of(), List.of());

    public Taxonomy {
        Map<Facet, Map<String, List<String>>> copy = new EnumMap<>(Facet.class);
        values.forEach((facet, byValue) -> {
            Map<String, List<String>> inner = new LinkedHashMap<>();
            byValue.forEach((value, names) -> inner.put(value, List.copyOf(names)));
            copy.put(facet, Collections.unmodifiableMap(inner));
        });
        values = Collections.unmodifiableMap(copy);
        tierOrder = List.copyOf(tierOrder);
    }

    /** Reads the YAML form; throws {@link IllegalArgumentException} with the reason when it is not one. */
    @SuppressWarnings("unchecked")
    public static Taxonomy fromYaml(String text) {
        Object loaded;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false); // a facet twice in one file would silently lose the first
            loaded = new Yaml(new SafeConstructor(options)).load(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not valid YAML: " + e.getMessage());
        }
        if (loaded == null) {
            return EMPTY;
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("The taxonomy must be a YAML mapping of facets");
        }
        Map<Facet, Map<String, List<String>>> values = new EnumMap<>(Facet.class);
        List<String> tierOrder = new ArrayList<>();
        for (var entry : ((Map<Object, Object>) map).entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (key.equals("tierOrder")) {
                if (!(entry.getValue() instanceof List<?> list)) {
                    throw new IllegalArgumentException("tierOrder must be a list, best tier first");
                }
                list.forEach(t -> tierOrder.add(String.valueOf(t).strip()));
                continue;
            }
            Facet facet = Facet.byFilterKey(key).filter(Facet::directoryAttribute)
                    .orElseThrow(() -> new IllegalArgumentException("Unknown facet '" + key + "'"));
            Map<String, List<String>> byValue = new LinkedHashMap<>();
            if (entry.getValue() instanceof Map<?, ?> valuesMap) {
                for (var value : valuesMap.entrySet()) {
                    List<String> names = new ArrayList<>();
                    if (value.getValue() instanceof List<?> list) {
                        list.forEach(n -> names.add(String.valueOf(n).strip()));
                    } else if (value.getValue() != null) {
                        throw new IllegalArgumentException(key + ": the names of '" + value.getKey() + "' must be a list");
                    }
                    byValue.put(String.valueOf(value.getKey()).strip(), names);
                }
            } else if (entry.getValue() != null) {
                throw new IllegalArgumentException(key + " must map each value to a list of its other names");
            }
            values.put(facet, byValue);
        }
        return new Taxonomy(values, tierOrder);
    }

    /** Reads a taxonomy file from the classpath (a demo's vocabulary beside its data). */
    public static Taxonomy fromResource(String resource) {
        try (var in = Taxonomy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No taxonomy resource " + resource);
            }
            return fromYaml(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String toYaml() {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!tierOrder.isEmpty()) {
            out.put("tierOrder", tierOrder);
        }
        values.forEach((facet, byValue) -> out.put(facet.filterKey(), byValue));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(out);
    }

    /** This taxonomy with {@code name} as another name of {@code value} (a synonym, or a merged spelling). */
    public Taxonomy withName(Facet facet, String value, String name) {
        Map<Facet, Map<String, List<String>>> copy = copy();
        List<String> names = new ArrayList<>(copy.computeIfAbsent(facet, f -> new LinkedHashMap<>()).getOrDefault(value, List.of()));
        if (names.stream().noneMatch(n -> n.equalsIgnoreCase(name)) && !value.equalsIgnoreCase(name)) {
            names.add(name);
        }
        copy.get(facet).put(value, names);
        return new Taxonomy(copy, tierOrder);
    }

    public Taxonomy withTierOrder(List<String> order) {
        return new Taxonomy(values, order);
    }

    /** This taxonomy without {@code name} among the other names of {@code value} (case-insensitive). */
    public Taxonomy withoutName(Facet facet, String value, String name) {
        Map<Facet, Map<String, List<String>>> copy = copy();
        Map<String, List<String>> byValue = copy.computeIfAbsent(facet, f -> new LinkedHashMap<>());
        byValue.computeIfPresent(value, (v, names) -> names.stream().filter(n -> !n.equalsIgnoreCase(name)).toList());
        return new Taxonomy(copy, tierOrder);
    }

    /**
     * This taxonomy with {@code from} merged into {@code into}: {@code from} and its other names become
     * names of {@code into}, and a tier order naming {@code from} names {@code into} there instead.
     */
    public Taxonomy merged(Facet facet, String from, String into) {
        Map<Facet, Map<String, List<String>>> copy = copy();
        Map<String, List<String>> byValue = copy.computeIfAbsent(facet, f -> new LinkedHashMap<>());
        List<String> names = new ArrayList<>(byValue.getOrDefault(into, List.of()));
        List<String> moved = new ArrayList<>(List.of(from));
        moved.addAll(byValue.getOrDefault(from, List.of()));
        for (String name : moved) {
            if (!name.equalsIgnoreCase(into) && names.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
                names.add(name);
            }
        }
        byValue.remove(from);
        byValue.put(into, names);
        List<String> order = tierOrder;
        if (facet == Facet.TIER) {
            order = tierOrder.stream().map(t -> t.equals(from) ? into : t).distinct().toList();
        }
        return new Taxonomy(copy, order);
    }

    /** The value whose other names include {@code name} (case-insensitive), if any. */
    public java.util.Optional<String> valueNamed(Facet facet, String name) {
        return values.getOrDefault(facet, Map.of()).entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(n -> n.equalsIgnoreCase(name)))
                .map(Map.Entry::getKey).findFirst();
    }

    private Map<Facet, Map<String, List<String>>> copy() {
        Map<Facet, Map<String, List<String>>> copy = new EnumMap<>(Facet.class);
        values.forEach((f, byValue) -> copy.put(f, new LinkedHashMap<>(byValue)));
        return copy;
    }
}

package com.consort.demodata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** One customer-story scenario from {@code scenarios.yaml}. */
record Scenario(String slug, String language, boolean vendorOnly, boolean injection, String industry, String kind,
                String shortName, String customerSuffix, String specialization, List<String> products,
                List<String> integrations, String template, Map<String, String> vars, String headline,
                String challenge, String solution, List<String> results, String quote, String speakerTitle,
                String question) {

    boolean german() {
        return "de".equals(language);
    }

    @SuppressWarnings("unchecked")
    static List<Scenario> load() {
        try (InputStream in = Scenario.class.getResourceAsStream("scenarios.yaml")) {
            if (in == null) {
                throw new IllegalStateException("scenarios.yaml not on the class path");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Scenario> out = new ArrayList<>();
            for (Map<String, Object> m : (List<Map<String, Object>>) root.get("scenarios")) {
                Map<String, String> vars = new LinkedHashMap<>();
                ((Map<String, Object>) m.get("vars")).forEach((k, v) -> vars.put(k, String.valueOf(v)));
                Scenario s = new Scenario(
                        str(m, "slug"), m.containsKey("language") ? str(m, "language") : "en",
                        Boolean.TRUE.equals(m.get("vendorOnly")), Boolean.TRUE.equals(m.get("injection")),
                        str(m, "industry"), str(m, "kind"), str(m, "short"), str(m, "customerSuffix"),
                        str(m, "specialization"), (List<String>) m.get("products"),
                        (List<String>) m.get("integrations"), (String) m.get("template"), vars,
                        str(m, "headline"), str(m, "challenge"), str(m, "solution"),
                        (List<String>) m.get("results"), str(m, "quote"), str(m, "speakerTitle"),
                        (String) m.get("question"));
                s.validate();
                out.add(s);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            throw new IllegalArgumentException("scenario " + m.get("slug") + " lacks " + key);
        }
        return v.toString().strip();
    }

    private void validate() {
        check(DemoCatalog.INDUSTRIES.contains(industry), "industry " + industry);
        check(DemoCatalog.SPECIALIZATIONS.contains(specialization), "specialization " + specialization);
        check(DemoCatalog.PRODUCTS.containsAll(products), "products " + products);
        check(DemoCatalog.INTEGRATIONS.containsAll(integrations), "integrations " + integrations);
        check(template == null || DemoCatalog.TEMPLATES.contains(template), "template " + template);
    }

    private void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("scenario " + slug + ": unknown " + what);
        }
    }
}

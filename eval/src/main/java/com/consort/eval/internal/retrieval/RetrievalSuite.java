package com.consort.eval.internal.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A YAML suite of retrieval cases (see eval/suites/retrieval-demo.yaml). */
public record RetrievalSuite(String name, String description, int k, List<RetrievalCase> cases) {

    public static RetrievalSuite load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static RetrievalSuite parse(InputStream in) {
        // SafeConstructor: a suite file builds plain maps and lists, never arbitrary objects
        Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        List<RetrievalCase> cases = new ArrayList<>();
        for (Map<String, Object> c : (List<Map<String, Object>>) yaml.get("cases")) {
            List<String> turns = c.containsKey("turns") ? strings(c.get("turns")) : List.of(String.valueOf(c.get("question")));
            Map<String, List<String>> constraints = new LinkedHashMap<>();
            ((Map<String, Object>) c.getOrDefault("constraints", Map.of())).forEach((k, v) -> constraints.put(k, strings(v)));
            cases.add(new RetrievalCase(String.valueOf(c.get("id")), turns, constraints, strings(c.get("expected")),
                    strings(c.get("forbidden")), Boolean.TRUE.equals(c.get("noMatch")), strings(c.get("unmetConstraints")),
                    (String) c.get("evidenceDocument")));
        }
        Object k = yaml.getOrDefault("k", 5);
        return new RetrievalSuite(String.valueOf(yaml.get("suite")), (String) yaml.get("description"),
                ((Number) k).intValue(), List.copyOf(cases));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return ((List<Object>) list).stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}

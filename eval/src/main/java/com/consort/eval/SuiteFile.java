package com.consort.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A suite file as read: its name, kind (retrieval when not stated, as in the generated retrieval
 * suite), description, case count and text.
 */
public record SuiteFile(String name, String kind, String description, int cases, String origin, String text) {

    public static final Set<String> KINDS = Set.of("retrieval", "assistant", "content");

    public static SuiteFile read(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read suite " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    public static SuiteFile parse(String text, String origin) {
        Map<String, Object> yaml;
        try {
            // SafeConstructor: a suite file builds plain maps and lists, never arbitrary objects
            yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (MarkedYAMLException e) {
            // the parser's own message quotes the file around the error: name the place, never the content
            var mark = e.getProblemMark();
            throw new IllegalArgumentException("Suite " + origin + " is not valid YAML"
                    + (mark == null ? "" : " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")"), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Suite " + origin + " is not valid YAML", e);
        }
        if (yaml == null || yaml.get("suite") == null || !(yaml.get("cases") instanceof List<?> cases)) {
            throw new IllegalArgumentException("Suite " + origin + " needs a name (suite:) and a list of cases (cases:)");
        }
        String kind = String.valueOf(yaml.getOrDefault("kind", "retrieval"));
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("Suite " + origin + ": kind must be one of " + KINDS + ", not " + kind);
        }
        return new SuiteFile(String.valueOf(yaml.get("suite")), kind, (String) yaml.getOrDefault("description", ""),
                cases.size(), origin, text);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }
}

package com.consort.knowledge.internal.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Front matter of a page written for a static site generator (Hugo, Jekyll): a YAML block between
 * {@code ---} lines or a TOML block between {@code +++} lines at the very start of the file. Its values
 * are flattened to lower-case keys ({@code case_study_details: [{Company: adidas}]} gives
 * {@code company = adidas}), and the page's body is what remains. Also strips the generator's
 * shortcodes ({@code {{< quote >}}}, {@code {{% note %}}}) from a body: their tags are markup, the text
 * between them is content.
 */
final class FrontMatter {

    /** The page's properties and its body without the front matter. */
    record Split(Map<String, String> properties, String body) {
    }

    private static final Pattern YAML = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\r?\\n(.*?)\\r?\\n---[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL);
    private static final Pattern TOML = Pattern.compile("\\A\\uFEFF?\\+\\+\\+[ \\t]*\\r?\\n(.*?)\\r?\\n\\+\\+\\+[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL);
    private static final Pattern TOML_PAIR = Pattern.compile("^\\s*([\\w.-]+)\\s*=\\s*(.+?)\\s*$");
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{[<%].*?[>%]}}", Pattern.DOTALL);
    private static final int MAX_VALUE = 500;

    private FrontMatter() {
    }

    /** The front matter and body of {@code text}, or null when it starts with none (or with one that is not valid). */
    static Split split(String text) {
        Matcher yaml = YAML.matcher(text);
        if (yaml.find()) {
            try {
                Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml.group(1));
                if (parsed instanceof Map<?, ?> map) {
                    Map<String, String> properties = new LinkedHashMap<>();
                    flatten(null, map, properties);
                    return new Split(properties, text.substring(yaml.end()));
                }
            } catch (RuntimeException e) {
                return null; // "---" that opens no YAML map: a horizontal rule, the text stays as it is
            }
        }
        Matcher toml = TOML.matcher(text);
        if (toml.find()) {
            Map<String, String> properties = new LinkedHashMap<>();
            for (String line : toml.group(1).split("\\r?\\n")) {
                Matcher pair = TOML_PAIR.matcher(line);
                if (pair.matches()) {
                    put(properties, pair.group(1), unquote(pair.group(2)));
                }
            }
            return new Split(properties, text.substring(toml.end()));
        }
        return null;
    }

    static boolean hasShortcodes(String text) {
        return text.contains("{{<") || text.contains("{{%");
    }

    static String stripShortcodes(String text) {
        return SHORTCODE.matcher(text).replaceAll("");
    }

    private static void flatten(String key, Object value, Map<String, String> into) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(String.valueOf(k), v, into));
        } else if (value instanceof List<?> list) {
            if (list.stream().allMatch(v -> v instanceof Map<?, ?>)) {
                list.forEach(v -> flatten(key, v, into));
            } else {
                put(into, key, String.join(", ", list.stream().map(String::valueOf).toList()));
            }
        } else if (value != null && key != null) {
            put(into, key, String.valueOf(value));
        }
    }

    private static void put(Map<String, String> into, String key, String value) {
        String v = value.strip().replaceAll("\\s+", " ");
        if (!v.isEmpty()) {
            into.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) : v);
        }
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.startsWith("[") && v.endsWith("]")) {
            return String.join(", ", List.of(v.substring(1, v.length() - 1).split(",")).stream().map(FrontMatter::unquote)
                    .filter(s -> !s.isEmpty()).toList());
        }
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}

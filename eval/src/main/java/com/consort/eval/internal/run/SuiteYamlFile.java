package com.consort.eval.internal.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers to read the plain maps and lists a suite file is made of. */
public final class SuiteYamlFile {

    private SuiteYamlFile() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return ((List<Object>) list).stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, List<String>> stringLists(Object value) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((k, v) -> out.put(k, strings(v)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Integer> ints(Object value) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((k, v) -> out.put(k, ((Number) v).intValue()));
        } else if (value instanceof Number n) {
            out.put("*", n.intValue());
        }
        return out;
    }

    public static String require(Map<String, Object> c, String key, String where) {
        Object v = c.get(key);
        if (v == null || v.toString().isBlank()) {
            throw new IllegalArgumentException(where + " needs " + key);
        }
        return v.toString();
    }
}

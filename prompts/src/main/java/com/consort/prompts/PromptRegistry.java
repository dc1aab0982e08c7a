package com.consort.prompts;

import freemarker.cache.StringTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;

/**
 * Every prompt and generation template, loaded once from {@code prompts/**} on the classpath and, when
 * configured, from an override folder whose files replace the packaged ones of the same path (so
 * marketing can change a template without a build).
 *
 * <p>Each file starts with a FreeMarker comment holding a YAML header:
 * <pre>{@code
 * <#--
 * id: studio.email
 * version: 2
 * description: Co-branded email
 * variables: [facts, vendor, partner]
 * model: {temperature: 0.3}
 * -->
 * }</pre>
 * Users of a prompt call {@link #require} when they are constructed, so a template that needs a
 * variable its caller does not supply stops the application at start-up with a clear message.
 */
public final class PromptRegistry {

    private static final String ROOT = "prompts/";
    private static final Pattern HEADER = Pattern.compile("\\A\\s*<#--(.*?)-->\\R?", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");

    private final Map<String, Prompt> byId;

    private PromptRegistry(Map<String, Prompt> byId) {
        this.byId = byId;
    }

    /** The packaged prompts only. */
    public static PromptRegistry load() {
        return load(null);
    }

    /** The packaged prompts, each replaced by the file of the same relative path in {@code overrides}. */
    public static PromptRegistry load(Path overrides) {
        Map<String, String> sources = new TreeMap<>();
        try {
            var resolver = new PathMatchingResourcePatternResolver(PromptRegistry.class.getClassLoader());
            for (Resource r : resolver.getResources("classpath*:" + ROOT + "**/*.ftl*")) {
                String url = r.getURL().toString();
                String path = url.substring(url.lastIndexOf(ROOT) + ROOT.length());
                try (InputStream in = r.getInputStream()) {
                    sources.put(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            if (overrides != null && Files.isDirectory(overrides)) {
                try (Stream<Path> files = Files.walk(overrides)) {
                    for (Path f : files.filter(p -> p.getFileName().toString().contains(".ftl")).toList()) {
                        sources.put(overrides.relativize(f).toString().replace('\\', '/'), Files.readString(f));
                    }
                }
            }
        } catch (IOException e) {
            throw new PromptException("Cannot read prompts: " + e.getMessage(), e);
        }
        return fromSources(sources);
    }

    /** Builds a registry from file path → content; used by {@link #load} and by tests. */
    public static PromptRegistry fromSources(Map<String, String> sources) {
        var loader = new StringTemplateLoader();
        Map<String, Header> headers = new LinkedHashMap<>();
        sources.forEach((path, content) -> {
            headers.put(path, Header.parse(path, content));
            loader.putTemplate(path, content);
        });
        var config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(loader);
        config.setDefaultEncoding("UTF-8");
        config.setRecognizeStandardFileExtensions(true); // .ftlh → HTML output format, escaped by default
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setAPIBuiltinEnabled(false);
        config.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);

        Map<String, Prompt> byId = new TreeMap<>();
        headers.forEach((path, h) -> {
            try {
                var prompt = new Prompt(h.id, h.version, h.description, h.variables, h.model, path,
                        config.getTemplate(path), sha256(sources.get(path)));
                Prompt clash = byId.put(h.id, prompt);
                if (clash != null) {
                    throw new PromptException("Prompt id " + h.id + " is declared by both " + clash.file() + " and " + path);
                }
            } catch (IOException e) {
                throw new PromptException("Prompt " + path + " is not a valid template: " + e.getMessage(), e);
            }
        });
        return new PromptRegistry(byId);
    }

    public Prompt get(String id) {
        Prompt p = byId.get(id);
        if (p == null) {
            throw new PromptException("No prompt with id " + id + "; known: " + byId.keySet());
        }
        return p;
    }

    /**
     * The prompt {@code id}, checked against the variables its caller will supply: fails when the
     * template declares one the caller does not provide.
     */
    public Prompt require(String id, Set<String> supplied) {
        Prompt p = get(id);
        Set<String> missing = new TreeSet<>(p.variables());
        missing.removeAll(supplied);
        if (!missing.isEmpty()) {
            throw new PromptException("Prompt " + p.ref() + " (" + p.file() + ") declares variables " + missing
                    + " that its caller does not supply (supplied: " + new TreeSet<>(supplied) + ")");
        }
        return p;
    }

    public Collection<Prompt> all() {
        return byId.values();
    }

    private static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Header(String id, int version, String description, List<String> variables, Map<String, Object> model) {

        static Header parse(String path, String content) {
            var m = HEADER.matcher(content);
            if (!m.find()) {
                throw new PromptException("Prompt " + path + " must start with a <#-- ... --> header (id, version, description, variables)");
            }
            Object yaml;
            try {
                yaml = new Yaml().load(m.group(1));
            } catch (RuntimeException e) {
                throw new PromptException("Prompt " + path + " has a header that is not valid YAML: " + e.getMessage(), e);
            }
            if (!(yaml instanceof Map<?, ?> map)) {
                throw new PromptException("Prompt " + path + " has a header that is not a YAML mapping");
            }
            String id = string(map, "id", path);
            if (!ID.matcher(id).matches()) {
                throw new PromptException("Prompt " + path + " has id '" + id + "'; use dotted lower-case words such as studio.email");
            }
            if (!(map.get("version") instanceof Integer version) || version < 1) {
                throw new PromptException("Prompt " + path + " needs a positive integer version");
            }
            List<String> variables = new ArrayList<>();
            if (map.get("variables") instanceof List<?> list) {
                list.forEach(v -> variables.add(String.valueOf(v)));
            } else if (map.get("variables") != null) {
                throw new PromptException("Prompt " + path + " must list its variables as a YAML list");
            }
            Map<String, Object> model = new LinkedHashMap<>();
            if (map.get("model") instanceof Map<?, ?> params) {
                params.forEach((k, v) -> model.put(String.valueOf(k), v));
            }
            return new Header(id, version, string(map, "description", path), variables, model);
        }

        private static String string(Map<?, ?> map, String key, String path) {
            if (!(map.get(key) instanceof String s) || s.isBlank()) {
                throw new PromptException("Prompt " + path + " needs a '" + key + "' in its header");
            }
            return s.strip();
        }
    }
}

package com.consort.studio.internal;

import com.consort.studio.AssetType;
import com.consort.prompts.Prompt;
import com.consort.prompts.PromptRef;
import com.consort.prompts.PromptRegistry;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders an asset with its template from {@code prompts/studio/}: the editable sections plus both
 * brands and the locked sections, which come from the brand kits and nothing else. Every value is escaped
 * once, for the format being written, at the moment it is written: HTML assets by their {@code .ftlh}
 * templates; text assets (email, social posts, blog post) are kept as the plain text they are, and
 * escaped when exported: for Markdown by {@link #markdown}, for HTML by the text page's {@code .ftlh}.
 */
final class AssetRenderer {

    record Output(String text, PromptRef template) {
    }

    static final Set<String> VARIABLES = Set.of("sections", "vendor", "partner", "locked");
    static final String TEXT_PAGE = "studio.text-page";

    private final Map<AssetType, Prompt> templates = new EnumMap<>(AssetType.class);
    private final Prompt textPage;

    AssetRenderer(PromptRegistry registry) {
        for (AssetType type : AssetType.values()) {
            templates.put(type, registry.require(type.templateId(), VARIABLES));
        }
        textPage = registry.require(TEXT_PAGE, Set.of("title", "text"));
    }

    Output render(AssetType type, Map<String, String> sections, Brands brands) {
        Map<String, String> values = new HashMap<>();
        for (String section : type.sections()) {
            String value = sections.getOrDefault(section, "");
            values.put(section, value);
        }
        Map<String, Object> locked = Map.of(
                "legal", String.join(" ", Kits.disclaimers(brands)),
                "vendor_boilerplate", brands.vendor().boilerplate(),
                "disclaimers", Kits.disclaimers(brands));
        Map<String, Object> model = new HashMap<>();
        model.put("sections", values);
        model.put("vendor", Kits.model(brands.vendor()));
        model.put("partner", brands.coBranded() ? Kits.model(brands.partner()) : null);
        model.put("locked", locked);
        var rendered = templates.get(type).render(model);
        return new Output(rendered.text(), rendered.prompt());
    }

    /** A text asset as a plain, escaped HTML page. */
    String textPage(AssetType type, String text) {
        return textPage.render(Map.of("title", type.code().replace('_', ' '), "text", text)).text();
    }

    /**
     * Plain text as Markdown that shows exactly that text: only what Markdown would read as markup is
     * backslash-escaped, an HTML tag, comment or autolink ({@code <} before a letter, '/', '!' or '?') and a
     * character reference ({@code &name;}, {@code &#38;}). "R&D", "a < b" and quotes stay as written, so
     * the file also reads right as plain text (an email body, a post).
     */
    static String markdown(String text) {
        return CHARACTER_REFERENCE.matcher(MARKUP_START.matcher(text).replaceAll("\\\\<")).replaceAll("\\\\&");
    }

    private static final java.util.regex.Pattern MARKUP_START = java.util.regex.Pattern.compile("<(?=[A-Za-z/!?])");
    private static final java.util.regex.Pattern CHARACTER_REFERENCE = java.util.regex.Pattern.compile("&(?=#?[A-Za-z0-9]+;)");

    static List<String> lockedSections() {
        return AssetType.LOCKED_SECTIONS;
    }
}

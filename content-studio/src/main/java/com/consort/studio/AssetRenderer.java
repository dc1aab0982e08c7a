package com.consort.studio;

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
 * brands and the locked sections, which come from the brand kits and nothing else. HTML templates are
 * {@code .ftlh}, so every value is escaped; text assets export as Markdown, which passes HTML through, so
 * their values are escaped here ({@code &lt;} reads as "<" in Markdown).
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
            values.put(section, !type.html() ? markdownSafe(value) : value);
        }
        Map<String, Object> locked = Map.of(
                "legal", !type.html() ? markdownSafe(String.join(" ", Kits.disclaimers(brands)))
                        : String.join(" ", Kits.disclaimers(brands)),
                "vendor_boilerplate", !type.html() ? markdownSafe(brands.vendor().boilerplate())
                        : brands.vendor().boilerplate(),
                "disclaimers", Kits.disclaimers(brands));
        Map<String, Object> model = new HashMap<>();
        model.put("sections", values);
        model.put("vendor", kit(type, brands.vendor()));
        model.put("partner", brands.coBranded() ? kit(type, brands.partner()) : null);
        model.put("locked", locked);
        var rendered = templates.get(type).render(model);
        return new Output(rendered.text(), rendered.prompt());
    }

    private static Map<String, Object> kit(AssetType type, BrandKit kit) {
        Map<String, Object> model = Kits.model(kit);
        if (!type.html()) {
            model.replaceAll((k, v) -> v instanceof String s ? markdownSafe(s) : v);
        }
        return model;
    }

    /** A text asset as a plain, escaped HTML page. */
    String textPage(AssetType type, String text) {
        return textPage.render(Map.of("title", type.code().replace('_', ' '), "text", text)).text();
    }

    /** Markdown shows {@code &lt;} as "<", so this keeps every character readable while no tag survives. */
    static String markdownSafe(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static List<String> lockedSections() {
        return AssetType.LOCKED_SECTIONS;
    }
}

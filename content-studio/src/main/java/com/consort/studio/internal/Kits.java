package com.consort.studio.internal;

import com.consort.studio.AssetType;
import com.consort.studio.BrandKit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Brand kits and limits as template models (plain maps, so templates never call Java methods). */
final class Kits {

    private Kits() {
    }

    static Map<String, Object> model(BrandKit kit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", kit.name());
        m.put("logoUrl", kit.logoUrl() == null ? "" : kit.logoUrl());
        m.put("primaryColour", kit.primaryColour());
        m.put("accentColour", kit.accentColour());
        m.put("voice", kit.voice());
        m.put("boilerplate", kit.boilerplate());
        m.put("disclaimer", kit.disclaimer());
        m.put("bannedTerms", kit.bannedTerms());
        m.put("requiredPhrases", kit.requiredPhrases());
        return m;
    }

    /** Length limits per section, as the brand check enforces them. */
    static Map<String, Object> limits(AssetType type) {
        return switch (type) {
            case EMAIL -> Map.of("subject_a", "78 characters", "subject_b", "78 characters", "subject_c", "78 characters",
                    "body", BrandCheck.EMAIL_BODY_WORDS + " words");
            case SOCIAL -> Map.of("x", BrandCheck.X_CHARS + " characters", "linkedin", BrandCheck.LINKEDIN_CHARS + " characters");
            case ONE_PAGER -> Map.of("all sections", BrandCheck.ONE_PAGER_WORDS + " words");
            case LANDING_PAGE -> Map.of("all sections", BrandCheck.LANDING_WORDS + " words");
            case BLOG_POST -> Map.of("all sections", BrandCheck.BLOG_MIN_WORDS + " to " + BrandCheck.BLOG_MAX_WORDS + " words");
        };
    }

    static List<String> disclaimers(Brands brands) {
        return brands.coBranded() && !brands.partner().disclaimer().isBlank()
                ? List.of(brands.vendor().disclaimer(), brands.partner().disclaimer())
                : List.of(brands.vendor().disclaimer());
    }
}

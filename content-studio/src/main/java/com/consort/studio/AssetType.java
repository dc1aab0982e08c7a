package com.consort.studio;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The assets the studio writes. Each has editable sections (the copy that is written, edited and
 * claim-checked) and is rendered by one template in {@code prompts/studio/}; HTML assets also export
 * as PDF, text assets as Markdown.
 */
public enum AssetType {
    ONE_PAGER("one_pager", "studio.one-pager", true,
            List.of("headline", "intro", "challenge", "solution", "results", "quote", "quote_attribution", "cta")),
    EMAIL("email", "studio.email", false,
            List.of("subject_a", "subject_b", "subject_c", "body", "cta")),
    SOCIAL("social", "studio.social", false, List.of("linkedin", "x")),
    LANDING_PAGE("landing_page", "studio.landing-page", true,
            List.of("headline", "subheadline", "challenge", "solution", "results", "quote", "quote_attribution", "cta")),
    BLOG_POST("blog_post", "studio.blog-post", false,
            List.of("title", "intro", "challenge", "solution", "results", "quote", "quote_attribution", "closing"));

    /** Sections that come from the brand kits and that no edit can change. */
    public static final List<String> LOCKED_SECTIONS = List.of("legal", "vendor_boilerplate");

    private final String code;
    private final String templateId;
    private final boolean html;
    private final List<String> sections;

    AssetType(String code, String templateId, boolean html, List<String> sections) {
        this.code = code;
        this.templateId = templateId;
        this.html = html;
        this.sections = sections;
    }

    public String code() {
        return code;
    }

    /** The prompt registry id of the template that renders this asset. */
    public String templateId() {
        return templateId;
    }

    /** Rendered as HTML (exports html and pdf) rather than text (exports md and html). */
    public boolean html() {
        return html;
    }

    /** The formats {@link Drafts#export} writes this asset in, the usual one first. */
    public List<String> exportFormats() {
        return html ? List.of("html", "pdf") : List.of("md", "html");
    }

    /** The editable sections, in display order. */
    public List<String> sections() {
        return sections;
    }

    public static Optional<AssetType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equalsIgnoreCase(code) || t.name().equalsIgnoreCase(code))
                .findFirst();
    }

    public static AssetType require(String code) {
        return of(code).orElseThrow(() -> new IllegalArgumentException("assetType must be one of "
                + Arrays.stream(values()).map(AssetType::code).toList() + ", got '" + code + "'"));
    }
}

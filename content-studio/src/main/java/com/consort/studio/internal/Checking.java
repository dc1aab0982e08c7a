package com.consort.studio.internal;

import com.consort.studio.AssetType;
import com.consort.studio.BrandKit;
import com.consort.studio.Checks;
import com.consort.studio.Fact;
import com.consort.studio.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Both checks of a version: claims against the story and the brand rules. */
final class Checking {

    private Checking() {
    }

    static Checks check(AssetType type, Map<String, String> sections, String rendered, Story story, List<Fact> facts,
            Brands brands) {
        List<String> brandTexts = new ArrayList<>();
        for (BrandKit kit : brands.coBranded() ? List.of(brands.vendor(), brands.partner()) : List.of(brands.vendor())) {
            brandTexts.add(kit.name());
            brandTexts.add(Objects.toString(kit.boilerplate(), ""));
            brandTexts.add(Objects.toString(kit.disclaimer(), ""));
        }
        List<Checks.Claim> claims = ClaimCheck.claims(type, sections, story.passages(), facts, brands.vendor().name(), brandTexts);
        List<Checks.Finding> findings = new ArrayList<>();
        for (Checks.Claim c : claims) {
            if (!c.supported()) {
                findings.add(new Checks.Finding("claim", "error", "unsupported_" + c.kind(),
                        "The " + c.kind() + " \"" + c.text() + "\" is not in the source story", c.section()));
            }
        }
        findings.addAll(BrandCheck.findings(type, sections, rendered, brands));
        return new Checks(List.copyOf(claims), List.copyOf(findings));
    }
}

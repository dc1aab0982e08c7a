package com.consort.knowledge.document;

import com.consort.knowledge.partner.Facet;
import com.consort.knowledge.partner.Vocabulary;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer's industry of a case study, read from its fact lines ("Industry: Automotive", as case
 * studies state it near the top) and normalised with the vocabulary. Nothing is guessed from prose.
 */
public final class StoryFacts {

    private static final Pattern INDUSTRY = Pattern.compile("(?i)(?:^|\\s)(?:industry|branche|sector)\\s*:\\s*([^:\\n]+?)"
            + "(?=\\s+\\p{Lu}\\p{L}+(?:\\s\\p{L}+)?\\s*:|$)");
    private static final int FIRST_BLOCKS = 20;

    private StoryFacts() {
    }

    public static Set<String> industries(List<DocumentParser.Block> blocks, Vocabulary vocabulary) {
        Set<String> industries = new LinkedHashSet<>();
        for (DocumentParser.Block block : blocks.subList(0, Math.min(FIRST_BLOCKS, blocks.size()))) {
            Matcher m = INDUSTRY.matcher(block.text());
            while (m.find()) {
                for (String part : m.group(1).split("[,;/]| and ")) {
                    vocabulary.canonical(Facet.INDUSTRY, part.strip()).ifPresent(industries::add);
                }
            }
        }
        return industries;
    }
}

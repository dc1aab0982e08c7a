package com.consort.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Company names by their legal form ("Kessler Metallbau GmbH", "Timberline Works Corp."), the shape an
 * invented partner or customer usually takes in generated text. Knows the names in a set of source
 * texts, so the assistant's and the content studio's grounding checks can refuse a name that is in none.
 */
public final class OrganisationNames {

    /** A company name in a text, at [start, end). */
    public record Mention(String name, int start, int end) {
    }

    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}])((?:(?:\\p{Lu}[\\p{L}\\p{N}'’&.\\-]*|&)[ \\u00A0]){1,6})"
            + "(GmbH|AG|KG|Inc\\.?|Ltd\\.?|LLC|LLP|Limited|Corp\\.?|Corporation|Co\\.|plc|PLC|S\\.A\\.S\\.|S\\.A\\.C\\.|S\\.A\\.|SA|SAS|SARL"
            + "|S\\.r\\.l\\.|SRL|Srl|S\\.p\\.A\\.|SpA|B\\.V\\.|BV|N\\.V\\.|NV|Ltda\\.?|Lda\\.?|KK|G\\.K\\.|Oy|AB|A/S|ApS|S\\.L\\."
            + "|DAC|Bhd\\.?|s\\.r\\.o\\.|FZ-LLC)(?![\\p{L}\\p{N}])");

    private final Set<String> known = new HashSet<>();

    /** Knows every company name that occurs in the given texts. */
    public OrganisationNames(Iterable<String> sources) {
        for (String source : sources) {
            in(source).forEach(m -> known.add(normal(m.name())));
        }
    }

    /** The company names in a text, in order. */
    public static List<Mention> in(String text) {
        List<Mention> mentions = new ArrayList<>();
        var m = NAME.matcher(text);
        while (m.find()) {
            mentions.add(new Mention(m.group(), m.start(), m.end()));
        }
        return mentions;
    }

    /** The first company name in the text that is none of the known ones, or empty. */
    public Optional<String> firstUnknownIn(String text) {
        return in(text).stream().map(Mention::name).filter(name -> !isKnown(name)).findFirst();
    }

    /**
     * Whether a name is one of the known ones. The pattern may take a sentence's first word along ("Call
     * Timberline Works Corp."), and a text may shorten a known name ("Brewing Group Ltd"): both still end
     * the same way.
     */
    public boolean isKnown(String name) {
        String n = normal(name);
        for (String k : known) {
            if (k.equals(n) || k.endsWith(" " + n) || n.endsWith(" " + k) && n.indexOf(' ') == n.length() - k.length() - 1) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String name) {
        String lower = name.strip().replace('\u00A0', ' ').toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}

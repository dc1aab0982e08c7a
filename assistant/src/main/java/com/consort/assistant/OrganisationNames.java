package com.consort.assistant;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Company names by their legal form ("Kessler Metallbau GmbH", "Timberline Works Corp."), the shape a
 * model's invented partner usually takes. The grounding check refuses such a name unless the model was
 * given it: in the retrieved data, a tool result, or the seller's own words.
 */
final class OrganisationNames {

    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}])((?:(?:\\p{Lu}[\\p{L}\\p{N}'’&.\\-]*|&) ){1,6})"
            + "(GmbH|AG|KG|Inc\\.?|Ltd\\.?|LLC|LLP|Limited|Corp\\.?|Corporation|Co\\.|plc|PLC|S\\.A\\.S\\.|S\\.A\\.C\\.|S\\.A\\.|SA|SAS|SARL"
            + "|S\\.r\\.l\\.|SRL|Srl|S\\.p\\.A\\.|SpA|B\\.V\\.|BV|N\\.V\\.|NV|Ltda\\.?|Lda\\.?|KK|G\\.K\\.|Oy|AB|A/S|ApS|S\\.L\\."
            + "|DAC|Bhd\\.?|s\\.r\\.o\\.|FZ-LLC)(?![\\p{L}\\p{N}])");

    private final Set<String> known = new HashSet<>();

    /** Knows every company name that occurs in the given texts. */
    OrganisationNames(Iterable<String> sources) {
        for (String source : sources) {
            var m = NAME.matcher(source.replaceAll("\\s+", " "));
            while (m.find()) {
                known.add(normal(m.group()));
            }
        }
    }

    /** The first company name in the text that is none of the known ones, or empty. */
    Optional<String> firstUnknownIn(String text) {
        var m = NAME.matcher(text.replaceAll("\\s+", " "));
        while (m.find()) {
            if (!isKnown(normal(m.group()))) {
                return Optional.of(m.group().strip());
            }
        }
        return Optional.empty();
    }

    // the pattern may take a sentence's first word along ("Call Timberline Works Corp."), and a text may
    // shorten a known name ("Brewing Group Ltd"): both still end the same way
    private boolean isKnown(String name) {
        for (String k : known) {
            if (k.equals(name) || k.endsWith(" " + name)
                    || name.endsWith(" " + k) && name.indexOf(' ') == name.length() - k.length() - 1) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}

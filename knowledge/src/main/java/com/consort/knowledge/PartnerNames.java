package com.consort.knowledge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The directory's partner names by id, and the names a text may mention found through their first word, so that checking
 * an answer for partner names costs what the answer is long, not what the directory is large (scanning the text for
 * each of 100,000 names took longer than the rest of the answer). The names are read again only when the directory
 * changed (its partner count or latest update, looked at every few seconds, so every instance sees an import).
 */
public class PartnerNames implements Supplier<Map<String, String>> {

    private static final long RECHECK_NANOS = Duration.ofSeconds(2).toNanos();

    private record Snapshot(String signature, Map<String, String> byId, Map<String, List<Map.Entry<String, String>>> byFirstWord) {
    }

    private final PartnerRepository partners;
    private volatile Snapshot snapshot;
    private volatile long checkedAt;

    public PartnerNames(PartnerRepository partners) {
        this.partners = partners;
    }

    /** Every partner's name by id, in id order. */
    @Override
    public Map<String, String> get() {
        return current().byId();
    }

    /**
     * The partners (id, name), in id order, whose name's first word is a word of the text, ignoring case: every partner
     * whose whole name the text contains as words is among them, and few others.
     */
    public List<Map.Entry<String, String>> candidatesIn(String text) {
        Map<String, List<Map.Entry<String, String>>> index = current().byFirstWord();
        TreeSet<Map.Entry<String, String>> found = new TreeSet<>(Map.Entry.comparingByKey());
        for (String word : words(text)) {
            found.addAll(index.getOrDefault(word, List.of()));
        }
        return List.copyOf(found);
    }

    /** A directory partner a text credits with the work, and the sentence that says so. */
    public record Credit(String partnerId, String name, String sentence) {
    }

    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(\"“])|\\n+|\\s+(?=[-•*] )");
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|no|never|without|neither|nor)\\b");

    /** The partner whose whole name {@code name} is (a story's "Partner:" line), ignoring case and spaces around it. */
    public Optional<String> idNamed(String name) {
        return candidatesIn(name).stream().filter(e -> name.strip().equalsIgnoreCase(e.getValue().strip()))
                .map(Map.Entry::getKey).findFirst();
    }

    /**
     * The first directory partner a text credits in its own words: a sentence that names it whole, as written, and calls
     * it a partner ("The rollout was led by Baszta Security a.s., a partner of the vendor from Brno"), never one that says
     * it is not one ("not a partner of ours", "without a partner").
     */
    public Optional<Credit> creditIn(String text) {
        for (String sentence : SENTENCES.split(text)) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            if (!lower.contains("partner") || NEGATION.matcher(lower).find()) {
                continue;
            }
            for (var entry : candidatesIn(sentence)) { // names whose first word it has, not all of them
                if (mentions(sentence, entry.getValue())) {
                    return Optional.of(new Credit(entry.getKey(), entry.getValue(), sentence.strip()));
                }
            }
        }
        return Optional.empty();
    }

    /** The names as the directory holds them now, not as they were a moment ago: for filing what is being written. */
    public PartnerNames fresh() {
        checkedAt = 0;
        return this;
    }

    private static boolean mentions(String text, String name) {
        String n = name.strip();
        if (n.length() < 3) {
            return false;
        }
        int at = text.indexOf(n);
        while (at >= 0) {
            int end = at + n.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
            at = text.indexOf(n, at + 1);
        }
        return false;
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        if (known != null && System.nanoTime() - checkedAt < RECHECK_NANOS) {
            return known;
        }
        synchronized (this) {
            String signature = partners.changeMark();
            if (snapshot == null || !snapshot.signature().equals(signature)) {
                Map<String, String> byId = partners.namesById();
                Map<String, List<Map.Entry<String, String>>> byFirstWord = new HashMap<>();
                byId.forEach((id, name) -> {
                    List<String> words = words(name);
                    if (!words.isEmpty()) {
                        byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(Map.entry(id, name));
                    }
                });
                snapshot = new Snapshot(signature, Collections.unmodifiableMap(new LinkedHashMap<>(byId)), byFirstWord);
            }
            checkedAt = System.nanoTime();
            return snapshot;
        }
    }

    /** Runs of letters and digits, lower-cased: where a name's words start and end in a text. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean inWord = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
        }
        return words;
    }
}

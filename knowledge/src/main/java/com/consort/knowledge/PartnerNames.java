package com.consort.knowledge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

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

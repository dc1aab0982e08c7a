package com.consort.knowledge.internal.search;

import com.consort.knowledge.Constraints;
import com.consort.knowledge.CorpusTerms;
import com.consort.knowledge.Criterion;
import com.consort.knowledge.Facet;
import com.consort.knowledge.PartnerRepository;
import com.consort.knowledge.QuestionReader;
import com.consort.knowledge.Vocabulary;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToIntBiFunction;

/**
 * Finds the hard constraints a question states ("German-speaking", "in DACH", "a Gold partner or
 * better", "with a Jira connector", "car makers") by matching the longest known phrases against the
 * vocabulary of the indexed data. Deterministic, and the same component serves partner search and
 * the assistant.
 */
public class QueryUnderstanding implements QuestionReader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(QueryUnderstanding.class);

    private static final Set<String> LANGUAGE_BEFORE = Set.of("speak", "speaks", "speaking", "fluent", "language",
            "languages", "in");
    private static final Set<String> LANGUAGE_AFTER = Set.of("speaking", "speaker", "speakers", "language", "speaking?",
            "native", "support", "speaks");
    private static final Set<String> OR_BETTER = Set.of("or better", "or above", "or higher", "and above", "and up", "plus");
    private static final java.util.regex.Pattern STORY = java.util.regex.Pattern.compile(
            "(customer |success )?(case stud|stor|reference)");
    private static final java.util.regex.Pattern STORY_BEFORE = java.util.regex.Pattern.compile(
            "(case stud(y|ies)|customer stor(y|ies)|success stor(y|ies)|references?) (in|for|with|from|about)( an?| the)?$");
    private static final Set<String> INACTIVE = Set.of("inactive", "former", "lapsed", "including inactive");

    private final Vocabulary vocabulary;
    private final Supplier<Map<Facet, Set<String>>> knownValues;
    static final long KNOWN_VALUES_TTL_NANOS = 5_000_000_000L;
    private volatile Lexicon lexicon;
    private volatile Map<Facet, Set<String>> known;
    private volatile long knownAt;
    private volatile Map<Facet, Set<String>> lexiconSource;
    private volatile Object lexiconVendor;

    private final SemanticReading semantic;
    private final ToIntBiFunction<Facet, String> holders;
    /** Holders per "facet/value" asked so far, for the values the lexicon was built from: dropped when they change. */
    private volatile Map<String, Integer> holderCounts = new java.util.concurrent.ConcurrentHashMap<>();

    /** The directory's change mark, to learn its partners' words again when it changes; null to learn none. */
    private final Supplier<String> changeMark;
    private final Supplier<ProfileWords> learnProfileWords;
    private volatile ProfileWords profileWords = ProfileWords.NONE;
    private volatile String profileMark;
    private final java.util.concurrent.atomic.AtomicBoolean learningProfileWords = new java.util.concurrent.atomic.AtomicBoolean();

    public QueryUnderstanding(Vocabulary vocabulary, PartnerRepository partners, SemanticReading semantic) {
        this(vocabulary, partners::knownValues, (facet, value) -> partners.count(Map.of(facet, Set.of(value)), false, vocabulary),
                semantic, partners::changeMark, () -> ProfileWords.learn(partners.profiles(ProfileWords.SAMPLE)));
    }

    public QueryUnderstanding(Vocabulary vocabulary, Supplier<Map<Facet, Set<String>>> knownValues) {
        this(vocabulary, knownValues, null, null);
    }

    /**
     * @param holders how many partners hold a value, to read a phrase that names values of two facets; null to take
     *        the first facet
     * @param semantic the fallback for words no phrase matches, or null for none
     */
    public QueryUnderstanding(Vocabulary vocabulary, Supplier<Map<Facet, Set<String>>> knownValues,
            ToIntBiFunction<Facet, String> holders, SemanticReading semantic) {
        this(vocabulary, knownValues, holders, semantic, null, null);
    }

    private QueryUnderstanding(Vocabulary vocabulary, Supplier<Map<Facet, Set<String>>> knownValues,
            ToIntBiFunction<Facet, String> holders, SemanticReading semantic, Supplier<String> changeMark,
            Supplier<ProfileWords> learnProfileWords) {
        this.vocabulary = vocabulary;
        this.knownValues = knownValues;
        this.holders = holders;
        this.semantic = semantic;
        this.changeMark = changeMark;
        this.learnProfileWords = learnProfileWords;
    }

    /**
     * The question read onto the directory: the longest known phrases (values, synonyms, general words; plural or
     * misspelt), a template's topic before any word inside it, values the seller excludes ("not Member", "drop the
     * Member ones"), then, for the words that are left, the semantic fallback (when configured).
     */
    public Constraints understand(String question) {
        if (question == null || question.isBlank()) {
            return Constraints.NONE;
        }
        Lexicon lex = lexicon();
        Map<Facet, Set<String>> known = this.known;
        List<String> tokens = List.of(tokenize(US.matcher(question).replaceAll(" united states ")));
        List<String> folded = tokens.stream().map(QueryUnderstanding::fold).toList();
        Map<Facet, Set<String>> found = new EnumMap<>(Facet.class);
        Map<Facet, Set<String>> excluded = new EnumMap<>(Facet.class);
        List<Constraints.Mention> mentions = new ArrayList<>();
        // a template's topic is what the template is about, not the industry the partner serves
        Set<Integer> templateWords = templateAsked(tokens, known.getOrDefault(Facet.TEMPLATE, Set.of()), found, mentions);
        boolean[] read = new boolean[tokens.size()];
        templateWords.forEach(t -> read[t] = true);
        boolean includeInactive = false;
        Facet lastFacet = null;
        int lastEnd = -1;
        int lastLength = 0;
        int i = 0;
        while (i < tokens.size()) {
            Match match = templateWords.contains(i) ? null : lex.longestAt(folded, i);
            if (match == null && !templateWords.contains(i)) {
                match = lex.misspeltAt(folded, i);
            }
            if (match == null) {
                includeInactive |= INACTIVE.contains(tokens.get(i));
                i++;
                continue;
            }
            List<Vocabulary.Phrase> phrases = disambiguate(match.phrases(), tokens, i, match.length());
            Facet facet = phrases.get(0).facet();
            if (neverFilled(known, facet)) {
                // a directory of descriptions only ("a partner in Germany" where no partner has a country): no partner
                // could meet the constraint, so the words stay free text that the passages are searched for; a place or
                // language is still asked for, of the partners' own words (unrecorded, see #unrecorded)
                if (IN_WORDS.contains(facet) && negation(tokens, i) == null) {
                    String words = String.join(" ", tokens.subList(i, i + match.length()));
                    for (Vocabulary.Phrase phrase : phrases) {
                        Constraints.Mention mention = new Constraints.Mention(phrase.facet(), phrase.value(), words, Constraints.UNRECORDED);
                        if (phrase.facet() == facet && !mentions.contains(mention)) {
                            mentions.add(mention);
                        }
                    }
                    for (int t = i; t < i + match.length(); t++) {
                        read[t] = true;
                    }
                }
                i += match.length();
                continue;
            }
            if (i == lastEnd && facet == lastFacet && lastLength >= 2 && match.length() == 1 && !vocabulary.coded(facet)
                    && oneNounPhrase(folded(question), tokens.subList(i - lastLength, i + 1))) {
                // "car parts maker": a head word right after a longer phrase of the same facet adds nothing to it
                for (int t = i; t < i + match.length(); t++) {
                    read[t] = true;
                }
                i += match.length();
                continue;
            }
            lastFacet = negation(tokens, i) == null ? facet : null;
            lastEnd = i + match.length();
            lastLength = match.length();
            if (facet == Facet.INDUSTRY && aboutCaseStudies(tokens, i, match.length())) {
                facet = Facet.CASE_STUDY_INDUSTRY;
            }
            Set<String> values = new LinkedHashSet<>();
            phrases.forEach(p -> values.add(p.value()));
            values.addAll(vocabulary.spellingsIn(facet, values, known.getOrDefault(facet, Set.of())));
            String words = String.join(" ", tokens.subList(i, i + match.length()));
            String negation = negation(tokens, i);
            if (negation != null) {
                excluded.computeIfAbsent(facet, f -> new LinkedHashSet<>()).addAll(values);
                for (String value : values) {
                    mentions.add(new Constraints.Mention(facet, value, negation + " " + words, Constraints.NOT));
                }
            } else {
                if (facet == Facet.TIER && orBetter(tokens, i, i + match.length(), read)) {
                    List<String> order = tierOrder();
                    String value = values.iterator().next();
                    values.addAll(order.subList(0, order.indexOf(value) + 1));
                }
                found.computeIfAbsent(facet, f -> new LinkedHashSet<>()).addAll(values);
                for (String value : values) {
                    mentions.add(new Constraints.Mention(facet, value, words, match.misspelt() ? Constraints.SPELLING : Constraints.WORDS));
                }
            }
            for (int t = i; t < i + match.length(); t++) {
                read[t] = true;
            }
            i += match.length();
        }
        // "in Scandinavia or Finland", "a ministry in the UAE ... partners in the Gulf": the region already covers the country
        if (found.containsKey(Facet.REGION) && found.containsKey(Facet.COUNTRY)
                && vocabulary.coverage(found.get(Facet.REGION)).countries().containsAll(found.get(Facet.COUNTRY))) {
            found.remove(Facet.COUNTRY);
            mentions.removeIf(m -> m.facet() == Facet.COUNTRY);
        }
        readProfileWords(tokens, read, found, mentions);
        if (semantic != null) {
            semantic.read(tokens, read, lex.phrases(), known, found, mentions, vocabulary, this::held);
        }
        excluded.forEach((facet, out) -> {
            Set<String> wanted = found.get(facet);
            if (wanted != null && wanted.stream().anyMatch(out::contains)) {
                // "not financial services, insurance only" where insurance is read as financial services: the seller's word stands
                mentions.stream().filter(m -> m.facet() == facet && out.contains(m.value()) && !Constraints.NOT.equals(m.how()))
                        .forEach(m -> wanted.add(titleCase(m.phrase())));
                wanted.removeAll(out);
                mentions.removeIf(m -> m.facet() == facet && out.contains(m.value()) && !Constraints.NOT.equals(m.how()));
                mentions.addAll(wanted.stream().filter(w -> mentions.stream().noneMatch(m -> m.facet() == facet && m.value().equals(w)))
                        .map(w -> new Constraints.Mention(facet, w, w.toLowerCase(Locale.ROOT))).toList());
            } else if (wanted == null && facet != Facet.CASE_STUDY_INDUSTRY) {
                // nothing else of the facet asked for: every other value the directory has
                List<String> all = facet == Facet.TIER ? tierOrder() : new ArrayList<>(known.getOrDefault(facet, Set.of()));
                Set<String> rest = new LinkedHashSet<>(all);
                rest.removeAll(out);
                if (!rest.isEmpty()) {
                    found.put(facet, rest);
                }
            }
        });
        return new Constraints(found, mentions, includeInactive, excluded);
    }

    /**
     * A word left over that the partners listing one value say and others do not ("recover": Incident Response) is that
     * value, on a facet the question does not constrain otherwise ({@link ProfileWords}); "not" before it is no ask.
     */
    private void readProfileWords(List<String> tokens, boolean[] read, Map<Facet, Set<String>> found,
            List<Constraints.Mention> mentions) {
        ProfileWords words = profileWords;
        if (words.isEmpty()) {
            return;
        }
        Set<Facet> readHere = java.util.EnumSet.noneOf(Facet.class);
        for (int i = 0; i < tokens.size(); i++) {
            if (read[i] || negation(tokens, i) != null) { // a word of any partner question means nothing there
                continue;
            }
            var meaning = words.meaning(tokens.get(i), i > 0 ? tokens.get(i - 1) : null,
                    i + 1 < tokens.size() ? tokens.get(i + 1) : null);
            if (meaning.isEmpty() || (found.containsKey(meaning.get().facet()) && !readHere.contains(meaning.get().facet()))) {
                continue;
            }
            Facet facet = meaning.get().facet();
            readHere.add(facet);
            found.computeIfAbsent(facet, f -> new LinkedHashSet<>()).add(meaning.get().value());
            Constraints.Mention mention = new Constraints.Mention(facet, meaning.get().value(), tokens.get(i), Constraints.PROFILES);
            if (!mentions.contains(mention)) {
                mentions.add(mention);
            }
            read[i] = true;
        }
    }

    /** Whether the directory has partners but none with a value of this facet (case studies' industries aside). */
    private static boolean neverFilled(Map<Facet, Set<String>> known, Facet facet) {
        return facet != Facet.CASE_STUDY_INDUSTRY && !known.isEmpty() && known.getOrDefault(facet, Set.of()).isEmpty();
    }

    private static String folded(String question) {
        return java.text.Normalizer.normalize(question, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Whether the words stand together in the question, with nothing but spaces or hyphens between them ("car-parts maker"). */
    private static boolean oneNounPhrase(String question, List<String> words) {
        String pattern = String.join("[\\s-]+", words.stream().map(java.util.regex.Pattern::quote).toList());
        return java.util.regex.Pattern.compile(pattern).matcher(question).find();
    }

    /** "US" and "U.S." in capitals are the country, not the pronoun. */
    private static final java.util.regex.Pattern US = java.util.regex.Pattern.compile("\\bU\\.?S\\.?(?![\\p{L}.])");
    /** Words that exclude the value they precede ("not", "drop the", "except", "no more"). */
    private static final Set<String> NEGATIONS = Set.of("not", "no", "non", "without", "except", "excluding", "exclude", "drop",
            "remove", "minus");

    /** The negating words just before a value ("drop the", "not", "no"), or null. */
    private static String negation(List<String> tokens, int at) {
        for (int back = 1; back <= 2 && at - back >= 0; back++) {
            String word = tokens.get(at - back);
            if (NEGATIONS.contains(word)) {
                return String.join(" ", tokens.subList(at - back, at));
            }
            if (!Set.of("the", "a", "an", "any", "all", "in").contains(word)) {
                return null;
            }
        }
        return null;
    }

    private static String titleCase(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String word : phrase.split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    /** One form per word: plural endings folded ("architects" = "architect", "companies" = "company"), "and" as "&". */
    static String fold(String word) {
        if (word.equals("and")) {
            return "&";
        }
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** Words that say the question asks for a published template (their topic follows or precedes them). */
    private static final Set<String> TEMPLATE_CUES = Set.of("template", "templates", "playbook", "playbooks", "blueprint",
            "blueprints", "ready-made", "ready", "made", "reuse", "reusable", "checklist", "starter", "accelerator");
    private static final Set<String> FILLER = Set.of("a", "an", "the", "for", "of", "to", "and", "or", "with", "on", "in",
            "we", "our", "could", "that", "which", "who", "is", "there", "partner", "partners", "have", "has", "publish",
            "publishes", "published", "any", "anybody", "does", "do", "one", "from", "own", "s");

    /**
     * "a template for collecting PCI evidence", "a ransomware containment playbook": the directory's template
     * whose words the question uses (most of them, at least two) becomes the constraint, and those words are
     * not read as anything else. A template no partner publishes becomes a constraint no partner meets, so the
     * answer says so instead of offering partners without it. Returns the token positions used.
     */
    private static Set<Integer> templateAsked(List<String> tokens, Set<String> templates, Map<Facet, Set<String>> found,
            List<Constraints.Mention> mentions) {
        int cue = -1;
        for (int i = 0; i < tokens.size() && cue < 0; i++) {
            if (TEMPLATE_CUES.contains(tokens.get(i)) && !tokens.get(i).equals("made") && !tokens.get(i).equals("ready")
                    || tokens.get(i).equals("ready") && i + 1 < tokens.size() && tokens.get(i + 1).equals("made")) {
                cue = i;
            }
        }
        if (cue < 0) {
            return Set.of();
        }
        String best = null;
        Set<Integer> bestWords = Set.of();
        double bestScore = 0;
        for (String template : templates) {
            String asked = tokens.get(cue);
            // the template's kind counts when it is the kind asked for ("a ransomware playbook": Ransomware Containment Playbook)
            List<String> words = java.util.Arrays.stream(tokenize(template)).filter(w -> (!TEMPLATE_CUES.contains(w) || sameStem(w, asked))
                    && !FILLER.contains(w) && !Set.of("pack", "kit", "drill", "workflow", "report", "guardrails").contains(w)).toList();
            Set<Integer> used = new java.util.TreeSet<>();
            for (String word : words) {
                for (int i = 0; i < tokens.size(); i++) {
                    if (sameStem(word, tokens.get(i))) {
                        used.add(i);
                        break;
                    }
                }
            }
            int matched = (int) words.stream().filter(w -> tokens.stream().anyMatch(t -> sameStem(w, t))).count();
            double score = words.isEmpty() ? 0 : (double) matched / words.size();
            if (matched >= 2 && score >= 0.6 && score > bestScore) {
                best = template;
                bestScore = score;
                bestWords = used;
            }
        }
        Set<Integer> consumed = new java.util.TreeSet<>(bestWords);
        consumed.add(cue);
        if (best != null) {
            found.computeIfAbsent(Facet.TEMPLATE, f -> new LinkedHashSet<>()).add(best);
            mentions.add(new Constraints.Mention(Facet.TEMPLATE, best, String.join(" ",
                    tokens.subList(consumed.stream().min(Integer::compare).orElseThrow(), consumed.stream().max(Integer::compare).orElseThrow() + 1))));
            return consumed;
        }
        // no partner publishes it: the topic (the words after "for", else the ones before the cue) names the template asked for
        List<String> topic = new ArrayList<>();
        int from = cue + 1 < tokens.size() && tokens.get(cue + 1).equals("for") ? cue + 2 : Math.max(0, cue - 3);
        int to = from > cue ? Math.min(tokens.size(), from + 6) : cue + 1;
        for (int i = from; i < to; i++) {
            if (!FILLER.contains(tokens.get(i)) || !topic.isEmpty()) {
                topic.add(tokens.get(i));
                consumed.add(i);
            }
        }
        if (topic.size() < 2) {
            return Set.of();
        }
        String asked = String.join(" ", topic);
        found.computeIfAbsent(Facet.TEMPLATE, f -> new LinkedHashSet<>()).add(asked);
        mentions.add(new Constraints.Mention(Facet.TEMPLATE, asked, asked));
        return consumed;
    }

    /** Same word up to its ending: "segmenting" and "segmentation", "exercise" and "exercises". */
    private static boolean sameStem(String a, String b) {
        int stem = Math.min(6, Math.min(a.length(), b.length()));
        return stem >= 3 && a.length() >= 3 && b.length() >= 3 && a.substring(0, stem).equals(b.substring(0, stem))
                && Math.abs(a.length() - b.length()) <= 5;
    }

    /**
     * The phrases of one facet: "German" is a language after "speaks" or before "-speaking", otherwise a country ("a
     * German carmaker"); a phrase may mean several values of that facet ("aggregators": Aggregator, Regional Aggregator).
     * Any other phrase that names values of two facets is read as the facet more partners hold it in: a directory
     * that files 48 partners' "Training Partner" as a certification and one partner's as its type means the
     * certification.
     */
    private List<Vocabulary.Phrase> disambiguate(List<Vocabulary.Phrase> candidates, List<String> tokens, int at, int length) {
        Set<Facet> facets = new LinkedHashSet<>();
        candidates.forEach(p -> facets.add(p.facet()));
        if (facets.size() == 1) {
            return candidates;
        }
        Facet chosen;
        if (facets.contains(Facet.COUNTRY) || facets.contains(Facet.LANGUAGE)) {
            boolean languageContext = (at > 0 && LANGUAGE_BEFORE.contains(tokens.get(at - 1)))
                    || (at + length < tokens.size() && LANGUAGE_AFTER.contains(tokens.get(at + length)));
            Facet preferred = languageContext ? Facet.LANGUAGE : Facet.COUNTRY;
            chosen = facets.contains(preferred) ? preferred
                    : facets.stream().filter(f -> f != Facet.LANGUAGE).findFirst().orElse(facets.iterator().next());
        } else {
            chosen = mostHeld(candidates, facets);
        }
        return candidates.stream().filter(p -> p.facet() == chosen).toList();
    }

    /** How many partners hold the value, counted once per snapshot of the directory's values; 0 without counts. */
    private int held(Facet facet, String value) {
        return holders == null ? 0 : holderCounts.computeIfAbsent(facet + "/" + value, key -> holders.applyAsInt(facet, value));
    }

    /** The facet whose values in the phrase the most partners hold; the first on a tie or without counts. */
    private Facet mostHeld(List<Vocabulary.Phrase> candidates, Set<Facet> facets) {
        Facet best = facets.iterator().next();
        if (holders == null) {
            return best;
        }
        Map<Facet, Integer> held = new EnumMap<>(Facet.class);
        for (Vocabulary.Phrase phrase : candidates) {
            held.merge(phrase.facet(), held(phrase.facet(), phrase.value()), Integer::sum);
        }
        for (Facet facet : facets) {
            if (held.get(facet) > held.get(best)) {
                best = facet;
            }
        }
        return best;
    }

    /** "an automotive case study", "a published retail customer story", "case studies in banking". */
    private static boolean aboutCaseStudies(List<String> tokens, int at, int length) {
        String after = String.join(" ", tokens.subList(at + length, Math.min(tokens.size(), at + length + 3)));
        String before = String.join(" ", tokens.subList(Math.max(0, at - 4), at));
        return STORY.matcher(after).lookingAt() || STORY_BEFORE.matcher(before).find();
    }

    /**
     * "Gold or better", "Silver tier or higher", "Gold partners and above", "at least Gold": the words that say so are
     * marked {@code read}, being no other thing asked ("higher" is not higher education).
     */
    private static boolean orBetter(List<String> tokens, int start, int end, boolean[] read) {
        if (start >= 2 && tokens.get(start - 2).equals("at") && tokens.get(start - 1).equals("least")) {
            read[start - 2] = true;
            read[start - 1] = true;
            return true;
        }
        int at = end;
        if (at < tokens.size() && Set.of("tier", "tiers", "partner", "partners", "level").contains(tokens.get(at))) {
            at++;
        }
        for (String phrase : OR_BETTER) {
            String[] words = phrase.split(" ");
            if (at + words.length <= tokens.size()
                    && String.join(" ", tokens.subList(at, at + words.length)).equals(phrase)) {
                for (int t = end; t < at + words.length; t++) {
                    read[t] = true;
                }
                return true;
            }
        }
        return false;
    }

    /**
     * For the industries and specialisations in force, the words a partner's own description may call them by: the
     * seller's words ({@link Constraints#described()}) and every name the directory, the vendor and the base vocabulary
     * give each value. A partner that leaves the facet empty meets it when its description uses one of them.
     */
    @Override
    public Map<Facet, Set<String>> described(Constraints constraints) {
        Map<Facet, Set<String>> words = new java.util.EnumMap<>(Facet.class);
        constraints.described().forEach((facet, seller) -> words.put(facet, new LinkedHashSet<>(seller)));
        Lexicon lexicon = lexicon();
        for (Facet facet : Constraints.DESCRIBABLE) {
            for (String value : constraints.byFacet().getOrDefault(facet, Set.of())) {
                lexicon.namesOf(facet, value).forEach(name -> words.computeIfAbsent(facet, f -> new LinkedHashSet<>())
                        .add(Constraints.describedForm(name)));
            }
        }
        return words;
    }

    /** Facets whose values the base registry names in any text: a place or a language is unmistakable in words. */
    private static final Set<Facet> IN_WORDS = java.util.EnumSet.of(Facet.COUNTRY, Facet.REGION, Facet.LANGUAGE);

    /**
     * One stated criterion for the unrecorded places (each by its names and main cities; a region also by its countries') and one
     * for the unrecorded languages. Names of one or two letters ("NO", "IT") and of several words ("New Zealand": "new"
     * alone would be met anywhere) are left out; a place has a name of one word besides (Aotearoa aside).
     */
    @Override
    public List<Criterion> unrecorded(Constraints constraints) {
        Lexicon lexicon = lexicon();
        Map<Boolean, List<Constraints.Mention>> byKind = new java.util.TreeMap<>();
        constraints.mentions().stream().filter(m -> Constraints.UNRECORDED.equals(m.how()))
                .forEach(m -> byKind.computeIfAbsent(m.facet() == Facet.LANGUAGE, k -> new ArrayList<>()).add(m));
        List<Criterion> criteria = new ArrayList<>();
        byKind.forEach((language, mentions) -> {
            Set<String> names = new LinkedHashSet<>();
            Set<String> shown = new LinkedHashSet<>();
            for (Constraints.Mention m : mentions) {
                names.addAll(lexicon.namesOf(m.facet(), m.value()));
                names.add(m.phrase());
                shown.add("'" + vocabulary.displayName(m.facet(), m.value()) + "'");
                Set<String> countries = m.facet() == Facet.REGION ? vocabulary.coverage(Set.of(m.value())).countries()
                        : m.facet() == Facet.COUNTRY ? Set.of(m.value()) : Set.of();
                for (String country : countries) {
                    names.addAll(lexicon.namesOf(Facet.COUNTRY, country));
                    names.addAll(vocabulary.citiesOf(country)); // "a Berlin-based company" is based in Germany
                }
            }
            Set<String> terms = new LinkedHashSet<>();
            names.stream().filter(n -> n.length() > 2 && !n.strip().contains(" ")).forEach(n -> terms.addAll(CorpusTerms.keys(n)));
            Facet facet = language ? Facet.LANGUAGE : mentions.stream().anyMatch(m -> m.facet() == Facet.COUNTRY) ? Facet.COUNTRY : Facet.REGION;
            if (!terms.isEmpty()) {
                criteria.add(new Criterion(String.join(" or ", shown), terms, facet.filterKey()));
            }
        });
        return criteria;
    }

    /** The directory's tiers, best first (the vendor's order, else the common tier ladder). */
    public List<String> tierOrder() {
        lexicon();
        return vocabulary.tierOrder(known.getOrDefault(Facet.TIER, Set.of()));
    }

    /**
     * Rebuilt when the directory's values or the vendor's taxonomy change. The values are re-read at most every few seconds
     * (a query per question would cost more than the rest of understanding), so a value new to the
     * directory is understood within {@link #KNOWN_VALUES_TTL_NANOS}, on every replica.
     */
    private Lexicon lexicon() {
        long now = System.nanoTime();
        if (known == null || now - knownAt > KNOWN_VALUES_TTL_NANOS) {
            Map<Facet, Set<String>> values = knownValues.get();
            if (changeMark != null) {
                learnProfileWordsOnChange(changeMark.get());
            }
            // set after the words are learnt: a question arriving meanwhile waits for them too
            known = values;
            knownAt = now;
        }
        Map<Facet, Set<String>> known = this.known;
        Object vendor = vocabulary.vendor();
        if (lexicon == null || !known.equals(lexiconSource) || vendor != lexiconVendor) {
            synchronized (this) {
                if (lexicon == null || !known.equals(lexiconSource) || vendor != lexiconVendor) {
                    lexicon = new Lexicon(vocabulary.phrases(known));
                    holderCounts = new java.util.concurrent.ConcurrentHashMap<>();
                    lexiconSource = known;
                    lexiconVendor = vendor;
                }
            }
        }
        return lexicon;
    }

    /**
     * The first time, the partners' words are learnt before any question is read; after a change, aside, the words learnt
     * before answering meanwhile (a directory's words change slowly, and an import should not slow a question).
     */
    private void learnProfileWordsOnChange(String mark) {
        if (mark.equals(profileMark)) {
            return;
        }
        if (profileMark == null) {
            synchronized (learningProfileWords) {
                if (profileMark == null) {
                    learnProfileWords(mark);
                }
            }
        } else if (learningProfileWords.compareAndSet(false, true)) {
            java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    learnProfileWords(mark);
                } finally {
                    learningProfileWords.set(false);
                }
            });
        }
    }

    /** Learns the partners' words as the directory is at {@code mark}; on failure the words known stay, and the next try. */
    private void learnProfileWords(String mark) {
        try {
            profileWords = learnProfileWords.get();
            profileMark = mark;
        } catch (RuntimeException e) {
            LOG.warn("Could not learn the partners' words from the directory: {}", e.toString());
        }
    }

    static String[] tokenize(String text) {
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String cleaned = folded.toLowerCase(Locale.ROOT).replaceAll("(?U)[^\\p{Alnum}&/+]+", " ").trim();
        return cleaned.isEmpty() ? new String[0] : cleaned.split(" ");
    }

    private record Match(List<Vocabulary.Phrase> phrases, int length, boolean misspelt) {
    }

    /** Words that say whose a thing is, passed over inside a phrase. */
    private static final Set<String> POSSESSIVES = Set.of("our", "their", "its", "your", "his", "her", "my");

    /** Phrases indexed by their token sequence, each word in its {@link #fold folded} form. */
    private static final class Lexicon {
        private final Map<String, List<Vocabulary.Phrase>> byKey = new HashMap<>();
        /** Every phrase's text by the facet and value it means. */
        private final Map<String, List<String>> names = new HashMap<>();
        /** Keys by their first word's first letter, for matching a misspelt phrase. */
        private final Map<Character, List<String[]>> byInitial = new HashMap<>();
        private final List<Vocabulary.Phrase> phrases;
        /** Every word of a known phrase: such a word is never a misspelling of another ("retainer", "retailer"). */
        private final Set<String> words = new java.util.HashSet<>();
        private int longest = 1;

        Lexicon(List<Vocabulary.Phrase> phrases) {
            this.phrases = phrases;
            for (Vocabulary.Phrase phrase : phrases) {
                names.computeIfAbsent(phrase.facet() + "\u0000" + phrase.value(), k -> new ArrayList<>()).add(phrase.text());
                String[] tokens = java.util.Arrays.stream(tokenize(phrase.text())).map(QueryUnderstanding::fold).toArray(String[]::new);
                if (tokens.length == 0) {
                    continue;
                }
                words.addAll(List.of(tokens));
                List<Vocabulary.Phrase> same = byKey.computeIfAbsent(String.join(" ", tokens), k -> {
                    byInitial.computeIfAbsent(tokens[0].charAt(0), c -> new ArrayList<>()).add(tokens);
                    return new ArrayList<>();
                });
                // several values per phrase only from one source: a general word never adds to the vendor's own word for it
                boolean vendorsWord = same.stream().anyMatch(p -> p.facet() == phrase.facet() && !p.general());
                if (same.stream().noneMatch(p -> p.facet() == phrase.facet() && p.value().equals(phrase.value()))
                        && !(phrase.general() && vendorsWord)) {
                    same.add(phrase);
                }
                longest = Math.max(longest, tokens.length);
            }
        }

        List<Vocabulary.Phrase> phrases() {
            return phrases;
        }

        List<String> namesOf(Facet facet, String value) {
            return names.getOrDefault(facet + "\u0000" + value, List.of());
        }

        /**
         * The longest phrase starting at {@code at}; inside it, a possessive the phrase does not have is passed over
         * ("connect their systems" is "connect systems").
         */
        Match longestAt(List<String> tokens, int at) {
            Match exact = null;
            for (int n = Math.min(longest, tokens.size() - at); n >= 1 && exact == null; n--) {
                List<Vocabulary.Phrase> phrases = byKey.get(String.join(" ", tokens.subList(at, at + n)));
                if (phrases != null) {
                    exact = new Match(phrases, n, false);
                }
            }
            List<String> words = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            for (int t = at; t < tokens.size() && words.size() < longest; t++) {
                if (t == at || !POSSESSIVES.contains(tokens.get(t))) {
                    words.add(tokens.get(t));
                    ends.add(t + 1 - at);
                }
            }
            for (int n = words.size(); n >= 2; n--) {
                int length = ends.get(n - 1);
                if (length == n || (exact != null && exact.length() >= length)) {
                    continue;
                }
                List<Vocabulary.Phrase> phrases = byKey.get(String.join(" ", words.subList(0, n)));
                if (phrases != null) {
                    return new Match(phrases, length, false);
                }
            }
            return exact;
        }

        /**
         * A known phrase of at least six letters spelt with one slip in one of its longer words ("penetation testing",
         * "Mandrin"), the longest first; short words must be exact, so "bank" never becomes "band".
         */
        /** Whether two words differ only in their last letter: another form of a word ("publishes", "publisher"), not a slip. */
        private static boolean sameUpToEnding(String a, String b) {
            int common = 0;
            while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
                common++;
            }
            return common >= Math.max(a.length(), b.length()) - 1;
        }

        Match misspeltAt(List<String> tokens, int at) {
            String first = tokens.get(at);
            if (first.isEmpty()) {
                return null;
            }
            Match best = null;
            for (String[] key : byInitial.getOrDefault(first.charAt(0), List.of())) {
                if (key.length > tokens.size() - at || (best != null && key.length <= best.length())
                        || String.join("", key).length() < 6) {
                    continue;
                }
                int slips = 0;
                for (int w = 0; w < key.length && slips <= 1; w++) {
                    String word = tokens.get(at + w);
                    if (!word.equals(key[w])) {
                        slips += word.length() >= 5 && key[w].length() >= 5 && Vocabulary.withinOneEdit(word, key[w])
                                && !sameUpToEnding(word, key[w]) && !words.contains(word) ? 1 : 2;
                    }
                }
                if (slips == 1) {
                    best = new Match(byKey.get(String.join(" ", key)), key.length, true);
                }
            }
            return best;
        }
    }
}

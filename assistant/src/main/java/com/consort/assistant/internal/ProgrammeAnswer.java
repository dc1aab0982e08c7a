package com.consort.assistant.internal;

import com.consort.knowledge.CorpusTerms;
import static com.consort.assistant.internal.Markdown.clean;
import static com.consort.assistant.internal.Markdown.clip;
import static com.consort.assistant.internal.Markdown.md;

import com.consort.assistant.Answer;
import com.consort.assistant.ConversationState;
import com.consort.knowledge.Chunk;
import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.Vocabulary;
import com.consort.knowledge.ChunkSearch;
import com.consort.prompts.Prompt;
import com.consort.prompts.PromptRegistry;
import com.consort.prompts.Rendered;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question on the programme's rules: answered in the sentences of its documents that say it (a table cell with its
 * row and column first, a period or an amount when one is asked for), each cited; never with a partner list.
 */
final class ProgrammeAnswer {

    private static final Pattern QUANTITY_QUESTION = Pattern.compile(
            "\\b(?:how (?:long|much|many|soon|often)|what (?:does|do|is|are) .{0,40}(?:earn|get|pay|cost|discount|fee|rate|percent|limit|deadline)|when|within)\\b");
    /** "By when?" wants a period, "how much?" an amount or share: the sentence that names one answers it. */
    private static final Pattern ASKS_PERIOD = Pattern.compile("\\b(?:when|how (?:long|soon|often)|deadline|within|until)\\b");
    private static final Pattern PERIOD = Pattern.compile(
            "\\b\\d+\\s*(?:calendar |business |working )?(?:days?|weeks?|months?|years?|hours?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("(?<=^|\\s)(?:'[^']{2,80}'|\"[^\"]{2,80}\"|‘[^’]{2,80}’|“[^”]{2,80}”)(?=\\W|$)");
    private static final Pattern AMOUNT = Pattern.compile(
            "\\d\\s*(?:%|percent)|(?:USD|EUR|GBP|US\\$|\\$|€|£)\\s?\\d", Pattern.CASE_INSENSITIVE);

    private final ChunkRetriever retriever;
    private final DocumentRepository documents;
    private final Vocabulary vocabulary;
    private final CorpusTerms corpus;
    private final Set<String> vendorWords;
    private final Prompt template;

    ProgrammeAnswer(ChunkRetriever retriever, DocumentRepository documents, Vocabulary vocabulary, CorpusTerms corpus,
            Set<String> vendorWords, PromptRegistry prompts) {
        this.retriever = retriever;
        this.documents = documents;
        this.vocabulary = vocabulary;
        this.corpus = corpus;
        this.vendorWords = vendorWords;
        this.template = prompts.require("assistant.programme", Set.of("covered", "sentences", "sources"));
    }

    Reply answer(String question, ConversationState state) {
        // a name the question quotes ("when our product is called 'Acme Kubernetes Engine'") is its example, not its topic
        String topic = QUOTED.matcher(question).replaceAll(" ");
        List<String> terms = new ArrayList<>(KeyTerms.of(topic));
        terms.removeAll(vendorWords);
        // the documents may name it otherwise: "market development funds" are "MDF" in the policy
        String query = String.join(" ", question, String.join(" ", vocabulary.otherNames(question))).strip();
        var hits = withSections(retriever.programme(query, 8), terms);
        // a question whose answer is one cell of a table is answered with that cell and its labels, first
        Cell cell = cell(question, query, hits);
        // or a passage holds the words of the question that are the programme's own ("attribution", "participation form"),
        // all of them but one in three: an example's name in the question ("Acme") does not make the documents silent
        List<String> own = corpus.current().programmeTerms(topic);
        boolean covered = cell != null || KeyTerms.covered(terms, hits) || !own.isEmpty() && hits.stream().anyMatch(h -> {
            var held = new HashSet<>(com.consort.knowledge.Terms.of(KeyTerms.headed(h)));
            return own.stream().filter(held::contains).count() >= own.size() - own.size() / 3;
        });
        var citations = new Citations();
        List<Map<String, Object>> sentences = new ArrayList<>();
        if (covered) {
            record Candidate(String text, double score, boolean quantity, ChunkSearch.Hit hit, int order) {
            }
            String asked = question.toLowerCase(Locale.ROOT);
            boolean wantsQuantity = QUANTITY_QUESTION.matcher(asked).find();
            Pattern quantityWanted = ASKS_PERIOD.matcher(asked).find() ? PERIOD : AMOUNT;
            List<Candidate> candidates = new ArrayList<>();
            int order = 0;
            for (int rank = 0; rank < hits.size(); rank++) {
                var hit = hits.get(rank);
                String section = hit.chunk().locator() == null ? "" : hit.chunk().locator();
                section = section + " " + String.join(" ", vocabulary.otherNames(section));
                String[] pieces = Markdown.SENTENCE_END.split(hit.chunk().text());
                // under a heading that asks what the question asks ("Can I certify my private cloud ...?", "What MDF does
                // not pay for"), the first sentence or list is the answer, though it need not repeat the question's words
                boolean lead = askedUnder(hit.chunk().locator(), terms);
                for (int i = 0; i < pieces.length; i++) {
                    String s = clean(pieces[i]);
                    if (s.isEmpty() || section.strip().startsWith(s)) {
                        continue; // the heading itself, as the passage repeats it
                    }
                    boolean first = lead;
                    lead = false;
                    // "Per product." or "Yes." opens an answer the next sentence explains; the list that opens the
                    // section asked about is the answer whole ("staff salaries; gifts, and alcohol; hardware.")
                    while (i + 1 < pieces.length && (s.length() < 25 && s.matches("(?s).*[.!?]$")
                            || first && !s.matches("(?s).*[.!?:]$") && s.length() < 400)) {
                        s = s + " " + clean(pieces[++i]);
                    }
                    // "A sourced deal earns the partner either:" is only an answer with the list that follows it
                    for (int item = 1; s.endsWith(":") && item <= 3 && i + item < pieces.length; item++) {
                        s = s + (item == 1 ? " " : "; ") + clean(pieces[i + item]);
                    }
                    // a step under "2.4 The MDF process: request, approve, claim" is about claiming MDF
                    int matched = KeyTerms.coverage(s, terms) == 0 && !first ? 0 : KeyTerms.coverage(s + " " + section, terms);
                    // titles, headings and table rows are not answers: a sentence ends with punctuation
                    boolean heading = !s.matches("(?s).*[.!?:;)]\"?$") && s.length() < 200;
                    boolean tableRow = s.chars().filter(c -> c == '|').count() >= 2;
                    if (s.length() < 25 || matched == 0 || heading || tableRow) {
                        continue;
                    }
                    boolean quantity = quantityWanted.matcher(s).find();
                    double score = matched * 2.0 / Math.sqrt(Math.max(8, s.split(" ").length))
                            + (wantsQuantity && quantity ? 0.6 : 0) + (hits.size() - rank) * 0.1 + (first ? 0.5 : 0);
                    candidates.add(new Candidate(s, score, quantity, hit, order++));
                }
            }
            candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparingInt(Candidate::order));
            if (cell != null) {
                sentences.add(Map.of("text", md(cell.text()), "cite", "[" + citations.add(Citations.citation(cell.hit())) + "]"));
            }
            List<Candidate> chosen = new ArrayList<>(candidates.subList(0, Math.min(cell == null ? 3 : 2, candidates.size())));
            // "by when?" is not answered until a period is named: the best sentence with one takes the last place
            if (wantsQuantity && chosen.stream().noneMatch(Candidate::quantity)) {
                candidates.stream().filter(Candidate::quantity).findFirst().ifPresent(q -> chosen.set(chosen.size() - 1, q));
            }
            chosen.sort(Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparingInt(Candidate::order));
            chosen.forEach(c -> sentences.add(Map.of("text", md(clip(c.text())), "cite", "[" + citations.add(Citations.citation(c.hit())) + "]")));
            covered = !sentences.isEmpty();
        }
        List<String> sources = hits.stream().map(h -> md(h.document().title())).distinct().limit(2).toList();
        Rendered rendered = template.render(Map.of("covered", covered, "sentences", sentences, "sources", sources));
        var answer = new Answer(rendered.text().strip(), List.of(), citations.all(), Answer.OFFLINE, "programme", Map.of(),
                List.of(), List.of(), null, List.of(rendered.prompt()));
        return new Reply(answer, state);
    }

    /**
     * The retrieved passages, then the rest of what their documents say where the question is asked: the other rows of a
     * table one row of which was retrieved (the row asked for may rank below its siblings), and the passages under a
     * heading that asks what the question asks ("What MDF does not pay for"), whose own words may share none of it.
     */
    private List<ChunkSearch.Hit> withSections(List<ChunkSearch.Hit> hits, List<String> terms) {
        List<ChunkSearch.Hit> all = new ArrayList<>(hits);
        Set<String> seen = new HashSet<>();
        hits.forEach(h -> seen.add(h.chunk().id()));
        Set<String> tables = new HashSet<>();
        hits.stream().filter(h -> h.chunk().tableRow()).forEach(h -> tables.add(h.document().id() + "|" + h.chunk().tableHeaders()));
        Set<String> read = new HashSet<>();
        hits.stream().map(ChunkSearch.Hit::document).filter(d -> read.add(d.id())).limit(3).forEach(document -> {
            for (Chunk chunk : documents.chunksOf(document.id())) {
                boolean sibling = chunk.tableRow() && tables.contains(document.id() + "|" + chunk.tableHeaders());
                if ((sibling || askedUnder(chunk.locator(), terms)) && seen.add(chunk.id())) {
                    all.add(new ChunkSearch.Hit(chunk, document, 0, null, null));
                }
            }
        });
        return all;
    }

    /** Whether a heading asks what the question asks: it holds a third of the question's key terms. */
    private boolean askedUnder(String heading, List<String> terms) {
        String section = heading == null ? "" : heading + " " + String.join(" ", vocabulary.otherNames(heading));
        return !terms.isEmpty() && KeyTerms.coverage(section, terms) * 3 >= terms.size();
    }

    /** The cell of a table row passage that answers a question, told with its row's labels and its column's header. */
    private record Cell(String text, ChunkSearch.Hit hit) {
    }

    /**
     * A table row answers when the question names its row and the column asked for (a header the question names whose
     * value it does not: "Upfront discount", "Premier"). It names the row by the values of its label cells ("Select",
     * "Transacted", "Certified Incident Handler"), by most of a longer label's words ("cost per year", read with the
     * glossary as "annual fee", for "Annual programme fee"), or by an amount within the range a label bounds ("more than
     * half a million dollars" for "Over USD 500,000"; a row whose range does not hold it is not the one asked for).
     * The row that names most of the question's labels wins, retrieval order breaking ties.
     */
    private static Cell cell(String question, String expanded, List<ChunkSearch.Hit> hits) {
        Set<String> asked = new HashSet<>(CorpusTerms.keys(expanded));
        var amount = Amounts.stated(question);
        Cell best = null;
        double bestScore = 0;
        rows:
        for (int rank = 0; rank < hits.size(); rank++) {
            var hit = hits.get(rank);
            if (!hit.chunk().tableRow()) {
                continue;
            }
            List<String[]> cells = new ArrayList<>();
            for (String part : hit.chunk().text().split(" \\| ")) {
                int colon = part.indexOf(": ");
                cells.add(colon < 0 ? new String[] {"", part.strip()} : new String[] {part.substring(0, colon).strip(),
                        part.substring(colon + 2).strip()});
            }
            List<String> labels = new ArrayList<>();
            double labelsNamed = 0;
            String[] answer = null;
            double answerMatch = 0;
            for (int i = 0; i < cells.size(); i++) {
                String[] c = cells.get(i);
                Amounts.Range range = amount.isPresent() ? Amounts.range(c[1]) : null;
                if (range != null && !range.holds(amount.getAsDouble())) {
                    continue rows;
                }
                List<String> valueTerms = CorpusTerms.keys(c[1]);
                double valueNamed = range != null ? 1 : AMOUNT.matcher(c[1]).find() || valueTerms.isEmpty() ? 0
                        : (double) valueTerms.stream().filter(asked::contains).count() / valueTerms.size();
                List<String> headerTerms = CorpusTerms.keys(c[0]);
                double headerMatch = headerTerms.isEmpty() ? 0
                        : (double) headerTerms.stream().filter(asked::contains).count() / headerTerms.size();
                if (valueNamed == 1 || valueNamed >= 0.5 && valueTerms.size() > 2) {
                    labelsNamed += valueNamed;
                    labels.add(c[0].isEmpty() ? c[1] : c[0] + " " + c[1]);
                } else if (headerMatch > answerMatch) {
                    answer = c;
                    answerMatch = headerMatch;
                } else if (i == 0) {
                    labels.add(c[0].isEmpty() ? c[1] : c[0] + ": " + c[1]);
                }
            }
            if (answer == null || labelsNamed == 0) {
                continue;
            }
            double score = labelsNamed + answerMatch + 0.5 / (1 + rank);
            if (score > bestScore) {
                bestScore = score;
                best = new Cell(answer[0] + ": " + answer[1] + (labels.isEmpty() ? "" : " (" + String.join("; ", labels) + ")"), hit);
            }
        }
        return best;
    }
}

package com.consort.server.documents;

import com.consort.knowledge.Chunk;
import com.consort.knowledge.Document;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.StoryFacts;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.Partner;
import com.consort.server.security.Caller;
import com.consort.server.web.WebPage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A source to read: an indexed document, passage by passage in reading order, with its title, its partner
 * and its age, and the passage a citation quoted ({@code ?passage=}, the start of the citation's snippet)
 * marked at {@code #passage}. A partner's directory profile is its profile page. A partner sees only its
 * own partner's documents; for anything else, as for an unknown id, the page is the 404 page.
 */
@WebPage
class DocumentPage {

    private final DocumentRepository documents;
    private final PartnerDirectory directory;

    DocumentPage(DocumentRepository documents, PartnerDirectory directory) {
        this.documents = documents;
        this.directory = directory;
    }

    @GetMapping("/documents/{id}")
    String document(@PathVariable String id, @RequestParam(required = false) String passage, Authentication authentication,
            Model model) {
        Caller caller = Caller.from(authentication);
        Document document = documents.find(id)
                .filter(d -> caller.confinedToPartner().map(own -> own.equals(d.partnerId())).orElse(true))
                .orElseThrow(() -> new NoSuchElementException("No document " + id));
        if (document.kind() == DocumentKind.PROFILE) {
            return "redirect:/partners/" + document.partnerId();
        }
        List<Chunk> chunks = documents.chunksOf(id);
        int cited = passage == null || passage.isBlank() ? -1 : cited(chunks, passage);
        List<Map<String, Object>> passages = new ArrayList<>();
        String section = null;
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            Map<String, Object> view = new HashMap<>();
            view.put("text", chunk.text());
            view.put("cited", i == cited);
            view.put("tableRow", chunk.tableRow());
            // a heading where the section changes, as the document has them
            boolean newSection = chunk.locator() != null && !Objects.equals(chunk.locator(), section);
            view.put("section", newSection ? chunk.locator() : "");
            section = chunk.locator();
            passages.add(view);
        }
        Map<String, Object> view = new HashMap<>();
        view.put("id", document.id());
        view.put("title", document.title());
        view.put("kind", label(document.kind()));
        view.put("fileName", document.fileName() == null ? "" : document.fileName());
        view.put("failed", document.status() == Document.Status.FAILED);
        view.put("error", document.error() == null ? "" : document.error());
        view.put("indexed", day(document.updatedAt()));
        view.put("age", age(document.updatedAt(), Instant.now()));
        StoryFacts facts = document.kind() == DocumentKind.CASE_STUDY ? documents.storyFacts(id) : StoryFacts.NONE;
        view.put("customer", facts.customer() == null ? "" : facts.customer());
        view.put("industry", facts.industryAsWritten() == null ? "" : facts.industryAsWritten());
        view.put("location", facts.location() == null ? "" : facts.location());
        view.put("published", facts.date() == null ? "" : facts.date());
        view.put("partnerId", document.partnerId() == null ? "" : document.partnerId());
        view.put("partnerName", document.partnerId() == null ? ""
                : directory.find(document.partnerId()).map(Partner::name).orElse(document.partnerId()));
        model.addAttribute("document", view);
        model.addAttribute("passages", passages);
        model.addAttribute("passageAsked", passage != null && !passage.isBlank());
        model.addAttribute("passageFound", cited >= 0);
        return "documents/document";
    }

    /**
     * The passage a citation quoted: the one that starts with the quoted words (a citation quotes a passage
     * from its start, with its white space folded), else the one holding them, else the one holding their
     * first words (the quote was cut short); -1 when the document no longer has it. An excerpt from a passage's
     * middle (the evidence for one asked-for word) starts with an ellipsis, which is not the passage's.
     */
    static int cited(List<Chunk> chunks, String quoted) {
        String wanted = flat(quoted.replaceAll("^…|…$", ""));
        if (wanted.isEmpty()) {
            return -1;
        }
        List<String> texts = chunks.stream().map(c -> flat(c.text())).toList();
        String head = wanted.length() > 60 ? wanted.substring(0, 60) : wanted;
        for (var test : List.<java.util.function.Predicate<String>>of(t -> t.startsWith(wanted), t -> t.contains(wanted),
                t -> t.contains(head))) {
            for (int i = 0; i < texts.size(); i++) {
                if (test.test(texts.get(i))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String label(DocumentKind kind) {
        return switch (kind) {
            case CASE_STUDY -> "Case study";
            case PROGRAM_DOC -> "Programme document";
            case COLLATERAL -> "Collateral";
            case PROFILE -> "Partner profile";
        };
    }

    static String day(Instant instant) {
        return instant == null ? "" : instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** How old a source is, in words: "today", "3 days ago", "5 months ago", "2 years ago". */
    static String age(Instant then, Instant now) {
        if (then == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(then, now);
        if (days < 1) {
            return "today";
        }
        if (days < 60) {
            return days == 1 ? "yesterday" : days + " days ago";
        }
        if (days < 730) {
            return days / 30 + " months ago";
        }
        return days / 365 + " years ago";
    }
}

package com.consort.server.review;

import com.consort.server.accounts.Names;
import com.consort.server.studio.Actors;
import com.consort.studio.Actor;
import com.consort.server.web.WebPage;
import com.consort.studio.Checks;
import com.consort.studio.Draft;
import com.consort.studio.DraftVersion;
import com.consort.studio.Drafts;
import com.consort.studio.Reviews;
import com.consort.studio.StudioAccess;
import com.consort.studio.StudioRole;
import com.consort.studio.Stories;
import com.consort.studio.Story;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One draft in review beside its source story, with its claims highlighted, brand findings, comments and
 * the actions the user may take. Rendered on the server (escaped by the template); the action buttons
 * call the JSON API.
 */
@WebPage
class ReviewPage {

    private final Reviews reviews;
    private final Drafts drafts;
    private final Stories stories;
    private final StudioAccess access;
    private final Names people;

    ReviewPage(Reviews reviews, Drafts drafts, Stories stories, StudioAccess access, Names people) {
        this.reviews = reviews;
        this.drafts = drafts;
        this.stories = stories;
        this.access = access;
        this.people = people;
    }

    @GetMapping("/review/{id}")
    String draft(@PathVariable String id, @RequestParam(required = false) Integer from, Authentication authentication,
            Model model) {
        Actor caller = Actors.from(authentication);
        Reviews.ReviewView view = reviews.view(caller, id); // 404 for another partner's draft
        Draft draft = access.find(id).orElseThrow();
        DraftVersion version = drafts.version(id, draft.currentVersion()).orElseThrow();
        Story story = null;
        // the whole story only to whoever may read it (StudioAccess); the claims carry their own excerpts
        boolean sourceShown = access.mayReadSource(caller, draft);
        try {
            story = sourceShown ? stories.read(draft.sourceDocumentId()) : null;
        } catch (RuntimeException gone) {
            // the story was deleted: the page says so
        }
        Set<String> cited = version.checks().claims().stream().filter(c -> c.source() != null)
                .map(c -> c.source().chunkId()).collect(Collectors.toSet());
        List<Map<String, Object>> passages = story == null ? List.of() : story.passages().stream().map(p -> {
            Map<String, Object> m = new HashMap<>();
            m.put("id", p.chunkId());
            m.put("locator", p.locator() == null ? "" : p.locator());
            m.put("text", p.text());
            m.put("cited", cited.contains(p.chunkId()));
            return m;
        }).toList();
        model.addAttribute("review", view);
        model.addAttribute("draft", draft);
        model.addAttribute("version", version);
        model.addAttribute("sections", sections(draft, version));
        model.addAttribute("findings", version.checks().findings());
        model.addAttribute("unsupported", version.checks().unsupported().size());
        model.addAttribute("storyTitle", story == null ? null : story.title());
        model.addAttribute("sourceWithheld", !sourceShown);
        model.addAttribute("passages", passages);
        List<Reviews.Comment> comments = reviews.comments(caller, id);
        model.addAttribute("comments", comments);
        // the asset exactly as its HTML export, shown in a sandboxed frame; downloads in every format it has
        model.addAttribute("exported", new String(drafts.export(id, version.version(), "html").content(), StandardCharsets.UTF_8));
        model.addAttribute("formats", draft.assetType().exportFormats());
        model.addAttribute("partnerName", reviews.partnerName(draft.partnerId()));
        model.addAttribute("people", people.of(java.util.Arrays.asList(draft.owner(), view.submittedBy(), view.approvedBy())));
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC).toString());
        model.addAttribute("effectiveDay", view.effectiveFrom() == null ? "" : day(view.effectiveFrom()));
        model.addAttribute("expiryDay", view.expiresAt() == null ? "" : day(view.expiresAt()));
        if (draft.currentVersion() > 1) {
            int base = from != null && from >= 1 && from < draft.currentVersion() ? from : changesSince(comments, draft);
            model.addAttribute("diff", drafts.diff(id, base, draft.currentVersion()));
            model.addAttribute("versions", java.util.stream.IntStream.range(1, draft.currentVersion()).boxed().toList());
        }
        model.addAttribute("actions", view.actions());
        model.addAttribute("canComment", caller.role() != StudioRole.SELLER
                && caller.role() != StudioRole.EVALUATOR);
        return "review/draft";
    }

    private static String day(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    /** The version marketing last asked to change, if older than the current one; else the one before it. */
    private static int changesSince(List<Reviews.Comment> comments, Draft draft) {
        return comments.stream().filter(c -> c.kind().equals("changes_requested") && c.version() < draft.currentVersion())
                .mapToInt(Reviews.Comment::version).max().orElse(draft.currentVersion() - 1);
    }

    /** Each section's text cut into plain and claim segments, so the template escapes every piece and marks claims. */
    static List<Map<String, Object>> sections(Draft draft, DraftVersion version) {
        Map<String, List<Checks.Claim>> bySection = version.checks().claims().stream()
                .collect(Collectors.groupingBy(Checks.Claim::section, LinkedHashMap::new, Collectors.toList()));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (String name : draft.assetType().sections()) {
            String text = version.sections().getOrDefault(name, "");
            List<Map<String, Object>> segments = new ArrayList<>();
            int at = 0;
            List<Checks.Claim> claims = new ArrayList<>(bySection.getOrDefault(name, List.of()));
            claims.sort(Comparator.comparingInt(Checks.Claim::start));
            for (Checks.Claim claim : claims) {
                if (claim.start() < at || claim.end() > text.length() || claim.end() <= claim.start()) {
                    continue; // overlapping or out of range: shown in the claim list only
                }
                if (claim.start() > at) {
                    segments.add(segment(text.substring(at, claim.start()), null));
                }
                segments.add(segment(text.substring(claim.start(), claim.end()), claim));
                at = claim.end();
            }
            if (at < text.length()) {
                segments.add(segment(text.substring(at), null));
            }
            Map<String, Object> section = new HashMap<>();
            section.put("name", name);
            section.put("segments", segments);
            sections.add(section);
        }
        return sections;
    }

    private static Map<String, Object> segment(String text, Checks.Claim claim) {
        Map<String, Object> m = new HashMap<>();
        m.put("text", text);
        m.put("claim", claim != null);
        if (claim != null) {
            m.put("kind", claim.kind());
            m.put("supported", claim.supported());
            m.put("source", claim.source() == null ? "" : claim.source().chunkId());
            m.put("excerpt", claim.source() == null ? "No passage of the story supports this" : claim.source().excerpt());
        }
        return m;
    }
}

package com.consort.studio.internal;

import com.consort.studio.AssetType;
import com.consort.studio.BrandKit;
import com.consort.studio.BrandKits;
import com.consort.studio.Checks;
import com.consort.studio.Draft;
import com.consort.studio.DraftDiff;
import com.consort.studio.DraftVersion;
import com.consort.studio.DraftVersionWritten;
import com.consort.studio.DraftView;
import com.consort.studio.Drafts;
import com.consort.studio.Export;
import com.consort.studio.Fact;
import com.consort.studio.NewDraft;
import com.consort.studio.ReviewState;
import com.consort.studio.StaleDraftException;
import com.consort.studio.Stories;
import com.consort.studio.Story;
import com.consort.studio.StudioAccess;
import com.consort.prompts.PromptRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** The studio's drafts: written, checked and stored here; see {@link Drafts}. */
final class DraftService implements Drafts {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}(-[A-Z]{2})?");
    private static final int MAX_SECTION_CHARS = 20_000;

    private final DraftStore store;
    private final Stories stories;
    private final BrandKits brandKits;
    private final Writer writer;
    private final AssetRenderer renderer;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    DraftService(DraftStore store, Stories stories, BrandKits brandKits, Writer writer, AssetRenderer renderer,
            TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.store = store;
        this.stories = stories;
        this.brandKits = brandKits;
        this.writer = writer;
        this.renderer = renderer;
        this.transactions = transactions;
        this.events = events;
    }

    /** Writes version 1 of a new draft; {@code actor} is the caller's subject, stored as owner. */
    @Override
    public DraftView create(NewDraft request, String actor) {
        if (request == null || request.sourceDocumentId() == null || request.sourceDocumentId().isBlank()) {
            throw new IllegalArgumentException("sourceDocumentId is required");
        }
        AssetType type = AssetType.require(request.assetType());
        String language = request.language() == null || request.language().isBlank() ? "en" : request.language();
        if (!LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("language must be a code such as en or de-CH, got '" + language + "'");
        }
        Story story = stories.read(request.sourceDocumentId());
        Brands brands = brands(request.partnerId());
        List<Fact> facts = request.facts() == null || request.facts().isEmpty() ? story.facts() : checked(request.facts());
        Instant now = Instant.now();
        String id = UUID.randomUUID().toString();
        Draft draft = new Draft(id, brands.partner() == null ? null : brands.partner().partnerId(), story.documentId(),
                type, language, actor, "draft", 1, 0, now, now);
        DraftVersion version = write(draft, 1, story, facts, brands, actor, now);
        transactions.executeWithoutResult(s -> {
            store.insert(draft);
            store.insert(version);
        });
        return new DraftView(draft, version);
    }

    /**
     * Writes the draft again from the story: with {@code facts} when given (reviewed or corrected),
     * else with the facts of the current version. Fails with {@link StaleDraftException} when the draft
     * is no longer at {@code expectedVersion}.
     */
    @Override
    public DraftView regenerate(String id, int expectedVersion, List<Fact> facts, String actor) {
        Draft draft = require(id);
        ReviewRules.requireNewVersionAllowed(draft);
        checkVersion(draft, expectedVersion);
        DraftVersion current = store.version(id, draft.currentVersion()).orElseThrow();
        Story story = stories.read(draft.sourceDocumentId());
        List<Fact> using = facts == null || facts.isEmpty() ? current.facts() : checked(facts);
        Instant now = Instant.now();
        DraftVersion next = write(draft, expectedVersion + 1, story, using, brands(draft.partnerId()), actor, now);
        return commit(draft, expectedVersion, next, now);
    }

    /**
     * Replaces some editable sections (the others stay as they are) and checks the result again.
     * Locked sections (legal, vendor boilerplate) and unknown sections are refused.
     */
    @Override
    public DraftView edit(String id, int expectedVersion, Map<String, String> sections, String actor) {
        Draft draft = require(id);
        ReviewRules.requireNewVersionAllowed(draft);
        if (sections == null || sections.isEmpty()) {
            throw new IllegalArgumentException("Give at least one section to change");
        }
        for (var entry : sections.entrySet()) {
            if (AssetType.LOCKED_SECTIONS.contains(entry.getKey())) {
                throw new IllegalArgumentException("Section '" + entry.getKey() + "' is locked: it comes from the brand kit");
            }
            if (!draft.assetType().sections().contains(entry.getKey())) {
                throw new IllegalArgumentException("A " + draft.assetType().code() + " has no section '" + entry.getKey()
                        + "'; its sections are " + draft.assetType().sections());
            }
            if (entry.getValue() == null || entry.getValue().length() > MAX_SECTION_CHARS) {
                throw new IllegalArgumentException("Section '" + entry.getKey() + "' must be text of at most "
                        + MAX_SECTION_CHARS + " characters");
            }
        }
        checkVersion(draft, expectedVersion);
        DraftVersion current = store.version(id, draft.currentVersion()).orElseThrow();
        Map<String, String> merged = new LinkedHashMap<>(current.sections());
        sections.forEach((k, v) -> merged.put(k, v.replace("\r\n", "\n")));
        // a deleted story leaves nothing to ground claims on: every claim is then unsupported
        Story story = stories.document(draft.sourceDocumentId()).map(d -> stories.read(d.id()))
                .orElseGet(() -> new Story(draft.sourceDocumentId(), "", null, current.facts(), List.of()));
        Instant now = Instant.now();
        Brands brands = brands(draft.partnerId());
        AssetRenderer.Output output = renderer.render(draft.assetType(), merged, brands);
        Checks checks = Checking.check(draft.assetType(), merged, output.text(), story, current.facts(), brands);
        DraftVersion next = new DraftVersion(id, expectedVersion + 1, merged, output.text(), current.facts(), checks,
                List.of(output.template()), "edit", null, actor, now);
        return commit(draft, expectedVersion, next, now);
    }

    @Override
    public Optional<Draft> find(String id) {
        return store.find(id);
    }

    /** The draft with its current version. */
    @Override
    public Optional<DraftView> get(String id) {
        return store.find(id).map(d -> new DraftView(d, store.version(id, d.currentVersion()).orElseThrow()));
    }

    /** Newest first; only one partner's drafts when {@code partnerId} is given, only those in {@code status} when given. */
    @Override
    public List<Draft> list(String partnerId, String status, long offset, int limit) {
        return store.list(partnerId, status, offset, limit);
    }

    @Override
    public List<DraftVersion> versions(String id) {
        require(id);
        return store.versions(id);
    }

    @Override
    public Optional<DraftVersion> version(String id, int version) {
        return store.version(id, version);
    }

    @Override
    public DraftDiff diff(String id, int from, int to) {
        DraftVersion a = version(id, from).orElseThrow(() -> new NoSuchElementException("Draft " + id + " has no version " + from));
        DraftVersion b = version(id, to).orElseThrow(() -> new NoSuchElementException("Draft " + id + " has no version " + to));
        List<DraftDiff.SectionDiff> sections = new ArrayList<>();
        for (String section : require(id).assetType().sections()) {
            String before = a.sections().getOrDefault(section, "");
            String after = b.sections().getOrDefault(section, "");
            sections.add(new DraftDiff.SectionDiff(section, !before.equals(after), WordDiff.diff(before, after)));
        }
        return new DraftDiff(id, from, to, sections);
    }

    /**
     * The asset as a file: html (every type; text assets in a plain page), pdf (one-pager and landing
     * page) or md (email, social posts, blog post). {@code version} null means the current one.
     */
    @Override
    public Export export(String id, Integer version, String format) {
        Draft draft = require(id);
        DraftVersion v = version(id, version == null ? draft.currentVersion() : version)
                .orElseThrow(() -> new NoSuchElementException("Draft " + id + " has no version " + version));
        String base = draft.assetType().code().replace('_', '-') + "-" + id.substring(0, 8) + "-v" + v.version();
        String f = format == null ? (draft.assetType().html() ? "html" : "md") : format.toLowerCase();
        switch (f) {
            case "html" -> {
                String html = draft.assetType().html() ? v.rendered() : renderer.textPage(draft.assetType(), v.rendered());
                return new Export(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/html;charset=UTF-8", base + ".html");
            }
            case "pdf" -> {
                if (!draft.assetType().html()) {
                    throw new IllegalArgumentException("A " + draft.assetType().code() + " exports as md or html, not pdf");
                }
                return new Export(PdfExport.render(v.rendered()), "application/pdf", base + ".pdf");
            }
            case "md" -> {
                if (draft.assetType().html()) {
                    throw new IllegalArgumentException("A " + draft.assetType().code() + " exports as html or pdf, not md");
                }
                return new Export(AssetRenderer.markdown(v.rendered()).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "text/markdown;charset=UTF-8",
                        base + ".md");
            }
            default -> throw new IllegalArgumentException("format must be html, pdf or md, got '" + format + "'");
        }
    }

    /**
     * Sets the review status if the draft is still at {@code expectedLockVersion}; for the review
     * workflow, which owns the meaning of the states.
     */
    @Override
    public Draft updateStatus(String id, long expectedLockVersion, String status) {
        Draft draft = require(id);
        if (status == null || !status.matches("[a-z_]{1,32}")) {
            throw new IllegalArgumentException("status must be a lower-case word, got '" + status + "'");
        }
        if (!store.status(id, expectedLockVersion, status, Instant.now())) {
            throw new StaleDraftException(id, expectedLockVersion, store.find(id).map(Draft::lockVersion).orElse(-1L));
        }
        return store.find(id).orElse(draft);
    }

    /** The vendor kit and, for a co-branded draft, the partner's. */
    private Brands brands(String partnerId) {
        BrandKit vendor = brandKits.vendor();
        if (partnerId == null || partnerId.isBlank()) {
            return new Brands(vendor, null);
        }
        return new Brands(vendor, brandKits.partner(partnerId)
                .orElseThrow(() -> new NoSuchElementException("No partner " + partnerId)));
    }

    private DraftVersion write(Draft draft, int version, Story story, List<Fact> facts, Brands brands, String actor,
            Instant now) {
        Story using = new Story(story.documentId(), story.title(), story.partnerId(), facts, story.passages());
        Writer.Written written = writer.write(draft.assetType(), using, brands, draft.language());
        AssetRenderer.Output output = renderer.render(draft.assetType(), written.sections(), brands);
        Checks checks = Checking.check(draft.assetType(), written.sections(), output.text(), story, facts, brands);
        List<PromptRef> prompts = new ArrayList<>(written.prompts());
        prompts.add(output.template());
        return new DraftVersion(draft.id(), version, written.sections(), output.text(), facts, checks, List.copyOf(prompts),
                written.mode(), written.note(), actor, now);
    }

    private DraftView commit(Draft draft, int expectedVersion, DraftVersion next, Instant now) {
        transactions.executeWithoutResult(s -> {
            if (!store.advance(draft.id(), expectedVersion, next.version(), now)) {
                throw new StaleDraftException(draft.id(), expectedVersion,
                        store.find(draft.id()).map(Draft::currentVersion).orElse(-1));
            }
            store.insert(next);
        });
        events.publishEvent(new DraftVersionWritten(draft, next));
        // the caller sees the draft as it now is (back in draft when it was in review)
        return new DraftView(store.find(draft.id()).orElseThrow(), next);
    }

    private Draft require(String id) {
        return store.find(id).orElseThrow(() -> new NoSuchElementException("No draft " + id));
    }

    private static void checkVersion(Draft draft, int expectedVersion) {
        if (draft.currentVersion() != expectedVersion) {
            throw new StaleDraftException(draft.id(), expectedVersion, draft.currentVersion());
        }
    }

    private static List<Fact> checked(List<Fact> facts) {
        if (facts.size() > 200 || facts.stream().anyMatch(f -> f.value().length() > 2000)) {
            throw new IllegalArgumentException("At most 200 facts of at most 2000 characters");
        }
        return List.copyOf(facts);
    }
}

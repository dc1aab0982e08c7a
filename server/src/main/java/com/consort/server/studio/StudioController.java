package com.consort.server.studio;

import com.consort.knowledge.Document;
import com.consort.prompts.PromptRef;
import com.consort.server.accounts.Names;
import com.consort.server.api.Paging;
import com.consort.studio.Actor;
import com.consort.studio.StudioAccess;
import com.consort.studio.AssetType;
import com.consort.studio.BrandKit;
import com.consort.studio.BrandKits;
import com.consort.studio.Checks;
import com.consort.studio.Draft;
import com.consort.studio.DraftDiff;
import com.consort.studio.DraftVersion;
import com.consort.studio.DraftView;
import com.consort.studio.Drafts;
import com.consort.studio.Export;
import com.consort.studio.Fact;
import com.consort.studio.Stories;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The content studio over HTTP. Partner callers are confined to their own partner: their stories,
 * drafts and brand kit; anything else answers 404 as if it did not exist. Sellers read, evaluators have
 * no access (see SecurityConfiguration).
 */
@RestController
@Validated
@Tag(name = "Content studio", description = "Grounded, co-branded assets from customer success stories")
class StudioController {

    /** status: indexed (ready to write from) or failed (with the reason in error). */
    record StoryView(String id, String title, String partnerId, String fileName, String status, String error,
            Instant uploadedAt) {
        static StoryView of(Document d) {
            return new StoryView(d.id(), d.title(), d.partnerId(), d.fileName(), d.status().name().toLowerCase(Locale.ROOT),
                    d.error(), d.createdAt());
        }
    }

    record FactsView(String documentId, String title, String partnerId, List<Fact> facts) {
    }

    record CreateRequest(String sourceDocumentId, String partnerId, String assetType, String language, List<Fact> facts) {
    }

    record EditRequest(Integer expectedVersion, Map<String, String> sections) {
    }

    record RegenerateRequest(Integer expectedVersion, List<Fact> facts) {
    }

    /** How a version was made: provenance of every prompt and template, and the mode. */
    /** createdBy is the stored subject; createdByName the person's name. */
    record Metadata(List<PromptRef> prompts, String mode, String modeNote, String createdBy, String createdByName,
            Instant createdAt) {
    }

    /** storyTitle: null when the story is the vendor's and the caller a partner (the draft carries what it needs). */
    record DraftResponse(String id, String partnerId, String sourceDocumentId, String storyTitle, String assetType,
            String language, String owner, String ownerName, String status, int currentVersion, long lockVersion,
            Instant createdAt, Instant updatedAt, int version, Map<String, String> sections, List<String> lockedSections,
            String rendered, List<Fact> facts, List<Checks.Claim> claims, List<Checks.Finding> findings,
            boolean submittable, List<String> exportFormats, Metadata metadata) {
    }

    record DraftSummary(String id, String partnerId, String sourceDocumentId, String storyTitle, String assetType,
            String language, String owner, String ownerName, String status, int currentVersion, long lockVersion,
            Instant createdAt, Instant updatedAt) {
    }

    record VersionSummary(int version, String mode, String modeNote, boolean submittable, int unsupportedClaims,
            List<PromptRef> prompts, String createdBy, String createdByName, Instant createdAt) {
    }

    record BrandKitRequest(String name, String logoUrl, String primaryColour, String accentColour, String voice,
            String boilerplate, String disclaimer, List<String> bannedTerms, List<String> requiredPhrases) {
    }

    private final Drafts drafts;
    private final Stories stories;
    private final BrandKits brandKits;
    private final StudioAccess access;
    private final Names names;
    private final RecentRequests recent = new RecentRequests();

    StudioController(Drafts drafts, Stories stories, BrandKits brandKits, StudioAccess access, Names names) {
        this.drafts = drafts;
        this.stories = stories;
        this.brandKits = brandKits;
        this.access = access;
        this.names = names;
    }

    @GetMapping("/api/studio/stories")
    @Operation(summary = "Case studies to write from", description = "A partner sees its own stories only.")
    List<StoryView> stories(Authentication auth) {
        return access.stories(Actors.from(auth)).stream().map(StoryView::of).toList();
    }

    @PostMapping(path = "/api/studio/stories", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a customer success story",
            description = "Stored and indexed as a case study. A partner's story is its own (partnerId, if given, must be "
                    + "the caller's partner: another is 404); marketing and admins name the partner, or none for a vendor "
                    + "story. PDF, DOCX, PPTX, HTML, Markdown or plain text up to the upload limit. 201 when indexed; 200 "
                    + "with the same story when this file was uploaded before; 409 when exactly this file is already "
                    + "stored for someone else; 413 too large; 415 another type; 422 unreadable (the failed story is "
                    + "listed with its reason).")
    ResponseEntity<StoryView> upload(@RequestPart("file") MultipartFile file, @RequestParam(required = false) String partnerId,
            @RequestParam(required = false) String title, Authentication auth) throws IOException {
        var result = access.upload(Actors.from(auth), file.getBytes(), file.getOriginalFilename(), partnerId, title);
        StoryView view = StoryView.of(result.document());
        return result.created()
                ? ResponseEntity.created(URI.create("/api/studio/stories/" + view.id() + "/facts")).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping("/api/studio/stories/{documentId}/facts")
    @Operation(summary = "The facts of a case study, each with its source passage",
            description = "Review and correct them, then pass them as `facts` when creating or regenerating a draft.")
    FactsView facts(@PathVariable String documentId, Authentication auth) {
        access.story(Actors.from(auth), documentId);
        var story = stories.read(documentId);
        return new FactsView(story.documentId(), story.title(), story.partnerId(), story.facts());
    }

    @PostMapping("/api/studio/drafts")
    @Operation(summary = "Write a draft asset from a case study",
            description = "assetType: one_pager, email, social, landing_page, blog_post. partnerId co-brands the asset "
                    + "(null: vendor-only; partners always write for themselves). Offline mode unless a chat model is "
                    + "configured. The response carries the claims with their sources, brand findings, `submittable` "
                    + "and the prompts and templates used (`metadata.prompts`). With an `Idempotency-Key` header, the "
                    + "same key from the same caller within ten minutes answers 200 with the draft it made (a double "
                    + "click or a retry makes one draft), or 409 while the first request is still writing.")
    ResponseEntity<DraftResponse> create(@RequestBody CreateRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Authentication auth) {
        Actor caller = Actors.from(auth);
        String made = recent.claim(caller.subject(), idempotencyKey);
        if (made != null) {
            // the same request again (a double click, a retry): the draft it made, not a second one
            return ResponseEntity.ok(response(drafts.get(access.readable(caller, made).id()).orElseThrow(), caller));
        }
        DraftView view;
        try {
            view = access.create(request.sourceDocumentId(), request.partnerId(), request.assetType(), request.language(),
                    request.facts(), caller);
        } catch (RuntimeException e) {
            recent.release(caller.subject(), idempotencyKey);
            throw e;
        }
        recent.remember(caller.subject(), idempotencyKey, view.draft().id());
        return ResponseEntity.created(URI.create("/api/studio/drafts/" + view.draft().id())).body(response(view, caller));
    }

    @GetMapping("/api/studio/drafts")
    @Operation(summary = "Drafts, most recently changed first", description = "A partner sees its own drafts only.")
    List<DraftSummary> list(@RequestParam(required = false) String partnerId, @Valid Paging paging, Authentication auth) {
        String scope = partnerId == null || partnerId.isBlank() ? null : partnerId;
        Actor caller = Actors.from(auth);
        List<Draft> found = access.list(caller, scope, paging.offset(), paging.limit());
        Map<String, String> people = names.of(found.stream().map(Draft::owner).toList());
        Map<String, String> titles = new HashMap<>();
        return found.stream().map(d -> new DraftSummary(d.id(), d.partnerId(), d.sourceDocumentId(),
                titles.computeIfAbsent(d.sourceDocumentId(), story -> storyTitle(caller, story)), d.assetType().code(),
                d.language(), d.owner(), people.get(d.owner()), d.status(), d.currentVersion(), d.lockVersion(),
                d.createdAt(), d.updatedAt())).toList();
    }

    @GetMapping("/api/studio/drafts/{id}")
    @Operation(summary = "A draft with its current version, claims, findings and provenance")
    DraftResponse get(@PathVariable String id, Authentication auth) {
        Actor caller = Actors.from(auth);
        visible(id, caller);
        return response(drafts.get(id).orElseThrow(), caller);
    }

    @GetMapping("/api/studio/drafts/{id}/versions")
    @Operation(summary = "Every version of a draft, oldest first")
    List<VersionSummary> versions(@PathVariable String id, Authentication auth) {
        visible(id, Actors.from(auth));
        List<DraftVersion> versions = drafts.versions(id);
        Map<String, String> people = names.of(versions.stream().map(DraftVersion::createdBy).toList());
        return versions.stream().map(v -> new VersionSummary(v.version(), v.mode(), v.modeNote(), v.submittable(),
                v.checks().unsupported().size(), v.prompts(), v.createdBy(), people.get(v.createdBy()), v.createdAt()))
                .toList();
    }

    @GetMapping("/api/studio/drafts/{id}/versions/{version}")
    @Operation(summary = "One version of a draft")
    DraftResponse version(@PathVariable String id, @PathVariable int version, Authentication auth) {
        Actor caller = Actors.from(auth);
        Draft draft = visible(id, caller);
        DraftVersion v = drafts.version(id, version)
                .orElseThrow(() -> new NoSuchElementException("Draft " + id + " has no version " + version));
        return response(new DraftView(draft, v), caller);
    }

    @PatchMapping("/api/studio/drafts/{id}")
    @Operation(summary = "Edit sections of a draft",
            description = "Makes a new version, checked again. `expectedVersion` is the version the edit is based on: "
                    + "409 when the draft has moved on. Locked sections (legal, vendor_boilerplate) are refused with 400.")
    DraftResponse edit(@PathVariable String id, @RequestBody EditRequest request, Authentication auth) {
        Actor caller = Actors.from(auth);
        visible(id, caller);
        return response(drafts.edit(id, expected(request.expectedVersion()), request.sections(), caller.subject()), caller);
    }

    @PostMapping("/api/studio/drafts/{id}/regenerate")
    @Operation(summary = "Write a draft again from its story",
            description = "With corrected `facts` if given, else the facts of the current version; 409 when stale.")
    DraftResponse regenerate(@PathVariable String id, @RequestBody RegenerateRequest request, Authentication auth) {
        Actor caller = Actors.from(auth);
        return response(access.regenerate(id, expected(request.expectedVersion()), request.facts(), caller), caller);
    }

    @GetMapping("/api/studio/drafts/{id}/diff")
    @Operation(summary = "Word-level differences between two versions, section by section")
    DraftDiff diff(@PathVariable String id, @RequestParam int from, @RequestParam int to, Authentication auth) {
        visible(id, Actors.from(auth));
        return drafts.diff(id, from, to);
    }

    @GetMapping("/api/studio/drafts/{id}/export")
    @Operation(summary = "Download a draft",
            description = "format: html (all types), pdf (one_pager, landing_page), md (email, social, blog_post), as "
                    + "`exportFormats` of a draft lists them; "
                    + "version defaults to the current one.")
    ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam(required = false) String format,
            @RequestParam(required = false) Integer version, Authentication auth) {
        visible(id, Actors.from(auth));
        Export export = drafts.export(id, version, format);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.fileName()).build().toString())
                // an exported page is opened as a file, never as part of this site
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src https:")
                .header("X-Content-Type-Options", "nosniff")
                .body(export.content());
    }

    @GetMapping("/api/studio/brand-kits/{id}")
    @Operation(summary = "A brand kit: 'vendor' or a partner id", description = "A partner reads the vendor's and its own.")
    BrandKit brandKit(@PathVariable String id, Authentication auth) {
        if (!access.mayReadBrandKit(Actors.from(auth), id)) {
            throw new NoSuchElementException("No brand kit " + id);
        }
        if (BrandKit.VENDOR.equals(id)) {
            return brandKits.vendor();
        }
        return brandKits.partner(id).orElseThrow(() -> new NoSuchElementException("No brand kit " + id));
    }

    @PutMapping("/api/studio/brand-kits/{id}")
    @Operation(summary = "Create or replace a brand kit",
            description = "The vendor kit by marketing and admins; a partner kit also by that partner.")
    BrandKit saveBrandKit(@PathVariable String id, @RequestBody BrandKitRequest r, Authentication auth) {
        if (!access.mayWriteBrandKit(Actors.from(auth), id)) {
            throw new NoSuchElementException("No brand kit " + id);
        }
        return brandKits.save(new BrandKit(id, BrandKit.VENDOR.equals(id) ? null : id, r.name(), r.logoUrl(),
                r.primaryColour(), r.accentColour(), r.voice(), r.boilerplate(), r.disclaimer(), r.bannedTerms(),
                r.requiredPhrases(), Instant.now()));
    }

    private DraftResponse response(DraftView view, Actor caller) {
        Draft d = view.draft();
        DraftVersion v = view.version();
        return new DraftResponse(d.id(), d.partnerId(), d.sourceDocumentId(), storyTitle(caller, d.sourceDocumentId()),
                d.assetType().code(), d.language(), d.owner(), names.of(d.owner()), d.status(), d.currentVersion(),
                d.lockVersion(), d.createdAt(), d.updatedAt(), v.version(), v.sections(), AssetType.LOCKED_SECTIONS,
                v.rendered(), v.facts(), v.checks().claims(), v.checks().findings(), v.submittable(),
                d.assetType().exportFormats(),
                new Metadata(v.prompts(), v.mode(), v.modeNote(), v.createdBy(), names.of(v.createdBy()), v.createdAt()));
    }

    /** The story's title for whoever may read the story; null otherwise, or when it was deleted. */
    private String storyTitle(Actor caller, String documentId) {
        return stories.document(documentId).filter(d -> access.mayReadStory(caller, d)).map(Document::title).orElse(null);
    }

    private static int expected(Integer version) {
        if (version == null) {
            throw new IllegalArgumentException("expectedVersion is required: the version your change is based on");
        }
        return version;
    }

    /** The draft if the caller may see it; 404 otherwise, exactly as for a draft that does not exist. */
    private Draft visible(String id, Actor caller) {
        return access.readable(caller, id);
    }
}

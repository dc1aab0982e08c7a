package com.consort.server.review;

import com.consort.server.api.Paging;
import com.consort.server.studio.Actors;
import com.consort.studio.ReviewAction;
import com.consort.studio.Reviews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Review", description = "The review workflow of studio drafts: submit, approve, request changes, reject, "
        + "publish, archive; comments; the marketing queue. States: draft, in_review, changes_requested, approved, "
        + "published, rejected, archived, expired. Every transition carries the draft's lockVersion; a stale one is 409.")
class ReviewController {

    /** {@code reason} is accepted for reject as another name for {@code comment}. */
    record TransitionRequest(Long lockVersion, Integer version, String comment, String reason, Reviews.Anchor anchor,
            Instant effectiveFrom, Instant expiresAt) {
        Reviews.Transition transition() {
            return new Reviews.Transition(lockVersion, version, comment != null ? comment : reason, anchor, effectiveFrom,
                    expiresAt);
        }
    }

    record CommentRequest(String body, Integer version, Reviews.Anchor anchor) {
    }

    private final Reviews reviews;

    ReviewController(Reviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/api/review/queue")
    @Operation(summary = "The review queue", description = "Drafts in review, oldest first; MARKETING and ADMIN. "
            + "Filter by partnerId, assetType and age in hours since submission.")
    List<Reviews.QueueItem> queue(@RequestParam(required = false) String partnerId,
            @RequestParam(required = false) String assetType,
            @RequestParam(required = false) @Min(0) Integer minAgeHours,
            @RequestParam(required = false) @Min(0) Integer maxAgeHours,
            @Valid Paging paging) {
        return reviews.queue(new Reviews.QueueFilter(blank(partnerId), blank(assetType), minAgeHours, maxAgeHours), paging.offset(),
                paging.limit());
    }

    @GetMapping("/api/review/drafts")
    @Operation(summary = "Drafts with their review state", description = "A PARTNER sees its own partner's drafts only.")
    List<Reviews.ReviewView> list(Authentication authentication, @Valid Paging paging) {
        return reviews.list(Actors.from(authentication), paging.offset(), paging.limit());
    }

    @GetMapping("/api/review/drafts/{id}")
    @Operation(summary = "A draft's review state", description = "With the actions the caller may take now.")
    Reviews.ReviewView get(@PathVariable String id, Authentication authentication) {
        return reviews.view(Actors.from(authentication), id);
    }

    @PostMapping("/api/review/drafts/{id}/submit")
    @Operation(summary = "Submit for review", description = "PARTNER (own drafts) or MARKETING; refused (422) while the "
            + "current version has unsupported claims or brand errors.")
    Reviews.ReviewView submit(@PathVariable String id, @RequestBody TransitionRequest request, Authentication authentication) {
        return act(id, ReviewAction.SUBMIT, request, authentication);
    }

    @PostMapping("/api/review/drafts/{id}/approve")
    @Operation(summary = "Approve a version", description = "MARKETING only. version must be the version in review; "
            + "optional effectiveFrom and expiresAt (ISO-8601); the asset expires by itself at expiresAt.")
    Reviews.ReviewView approve(@PathVariable String id, @RequestBody TransitionRequest request, Authentication authentication) {
        return act(id, ReviewAction.APPROVE, request, authentication);
    }

    @PostMapping("/api/review/drafts/{id}/request-changes")
    @Operation(summary = "Request changes", description = "MARKETING only; comment required, optionally anchored to a passage.")
    Reviews.ReviewView requestChanges(@PathVariable String id, @RequestBody TransitionRequest request,
            Authentication authentication) {
        return act(id, ReviewAction.REQUEST_CHANGES, request, authentication);
    }

    @PostMapping("/api/review/drafts/{id}/reject")
    @Operation(summary = "Reject", description = "MARKETING only; reason required.")
    Reviews.ReviewView reject(@PathVariable String id, @RequestBody TransitionRequest request, Authentication authentication) {
        return act(id, ReviewAction.REJECT, request, authentication);
    }

    @PostMapping("/api/review/drafts/{id}/publish")
    @Operation(summary = "Publish the approved version", description = "MARKETING or the draft's PARTNER, from its effective date.")
    Reviews.ReviewView publish(@PathVariable String id, @RequestBody TransitionRequest request, Authentication authentication) {
        return act(id, ReviewAction.PUBLISH, request, authentication);
    }

    @PostMapping("/api/review/drafts/{id}/archive")
    @Operation(summary = "Archive", description = "MARKETING or the draft's PARTNER.")
    Reviews.ReviewView archive(@PathVariable String id, @RequestBody TransitionRequest request, Authentication authentication) {
        return act(id, ReviewAction.ARCHIVE, request, authentication);
    }

    @GetMapping("/api/review/drafts/{id}/comments")
    @Operation(summary = "Comments on a draft", description = "Oldest first, including change requests and rejections.")
    List<Reviews.Comment> comments(@PathVariable String id, Authentication authentication) {
        return reviews.comments(Actors.from(authentication), id);
    }

    @PostMapping("/api/review/drafts/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comment on a draft", description = "MARKETING, ADMIN or the draft's PARTNER; optionally anchored "
            + "to a passage: {section, start, end} in that version's section text.")
    Reviews.Comment comment(@PathVariable String id, @RequestBody CommentRequest request, Authentication authentication) {
        return reviews.comment(Actors.from(authentication), id, request.body(), request.version(), request.anchor());
    }

    private Reviews.ReviewView act(String id, ReviewAction action, TransitionRequest request, Authentication authentication) {
        return reviews.act(Actors.from(authentication), id, action, request == null ? null : request.transition());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

package com.consort.server.audit;

import com.consort.server.api.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "Who did what, when and from where; admins only")
class AuditController {

    private static final Pattern ACTION = Pattern.compile("[a-z][a-z.-]{0,59}");
    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/admin/audit")
    @Operation(summary = "Search the audit log", description = "Newest first. actor is a subject (user:<id>, key:<id>, "
            + "anonymous, system); action matches exactly or as a prefix (review matches review.approved); "
            + "from (inclusive) and to (exclusive) are ISO-8601 instants.")
    AuditLog.Page search(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @Parameter(example = "2026-01-01T00:00:00Z") @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @Valid Paging paging) {
        if (action != null && !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("action must be lower-case letters, dots and dashes");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        return audit.search(new AuditLog.Filter(blankToNull(actor), action, from, to), paging.number(),
                paging.limit());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

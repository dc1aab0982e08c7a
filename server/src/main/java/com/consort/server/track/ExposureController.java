package com.consort.server.track;

import com.consort.knowledge.ExposureLog;
import com.consort.knowledge.FairExposure;
import com.consort.knowledge.PartnerNames;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Fair-exposure figures for PartnerOps (ADMIN and MARKETING; the security configuration refuses everyone else). */
@RestController
@Tag(name = "Opportunities", description = "CRM opportunities, partners' track record and account overlap")
class ExposureController {

    /**
     * @param rotate  whether equally fitting partners are rotated ({@code consort.exposure.rotate})
     * @param epsilon the score difference within which partners fit equally well
     */
    public record Exposure(LocalDate since, LocalDate until, int recommendations, boolean rotate, double epsilon,
            List<ExposureLog.Figures> partners) {
    }

    private final ExposureLog log;
    private final FairExposure fairness;
    private final PartnerNames partners;

    ExposureController(ExposureLog log, FairExposure fairness, PartnerNames partners) {
        this.log = log;
        this.fairness = fairness;
        this.partners = partners;
    }

    @GetMapping("/api/exposure")
    @Operation(summary = "Fair exposure: how often each partner was recommended", description = """
            Every shortlist the assistant (chat and /v1), MCP's search_partners and the partner search API showed is \
            recorded. Per partner over the days since..until (default the last 24 months): times recommended, shown \
            first, a best fit (score within consort.exposure.epsilon of its list's best; without scores, shown first), \
            the average rank, the day first recommended, and its deals closing (or expected to close) from that day on, \
            all and sourced. ADMIN and MARKETING only: a partner never sees another's exposure.""")
    Exposure exposure(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
        return figures(DateRange.of(since, until), log, fairness, partners);
    }

    static Exposure figures(DateRange range, ExposureLog log, FairExposure fairness, PartnerNames partners) {
        return new Exposure(range.from(), range.to(), log.count(range.from(), range.to()), fairness.rotates(),
                fairness.epsilon(), log.figures(range.from(), range.to(), partners.get()));
    }
}

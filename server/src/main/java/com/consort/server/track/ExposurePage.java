package com.consort.server.track;

import com.consort.knowledge.ExposureLog;
import com.consort.knowledge.FairExposure;
import com.consort.knowledge.PartnerNames;
import com.consort.server.web.WebPage;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Fair exposure ({@code /deals/exposure}, PartnerOps only): per partner how often it was recommended, a best
 * fit and shown first, and the deals it registered afterwards, so a partner team sees whether recommendations
 * spread by fit or by habit. A partner that is often a best fit but seldom shown first is the ranking's habit
 * at work (the rotation setting is the remedy).
 */
@WebPage
class ExposurePage {

    static final int CHART_PARTNERS = 15;
    static final int CHART_WIDTH = 420;

    /** One partner's three bars, as widths of the widest. */
    public record Bars(String partnerId, String name, int recommended, int bestFit, int first, double recommendedWidth,
            double bestFitWidth, double firstWidth) {
    }

    private final ExposureLog log;
    private final FairExposure fairness;
    private final PartnerNames partners;

    ExposurePage(ExposureLog log, FairExposure fairness, PartnerNames partners) {
        this.log = log;
        this.fairness = fairness;
        this.partners = partners;
    }

    @GetMapping("/deals/exposure")
    String exposure(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until, Model model) {
        var exposure = ExposureController.figures(DateRange.of(since, until), log, fairness, partners);
        List<ExposureLog.Figures> shown = exposure.partners().stream().limit(CHART_PARTNERS).toList();
        int widest = shown.stream().mapToInt(ExposureLog.Figures::recommended).max().orElse(0);
        model.addAttribute("exposure", exposure);
        model.addAttribute("since", exposure.since().toString());
        model.addAttribute("until", exposure.until().toString());
        model.addAttribute("chartWidth", CHART_WIDTH);
        model.addAttribute("bars", shown.stream().map(f -> new Bars(f.partnerId(), f.name(), f.recommended(), f.bestFit(),
                f.first(), width(f.recommended(), widest), width(f.bestFit(), widest), width(f.first(), widest))).toList());
        return "track/exposure";
    }

    private static double width(int value, int widest) {
        return widest == 0 ? 0 : Math.round(10.0 * CHART_WIDTH * value / widest) / 10.0;
    }
}

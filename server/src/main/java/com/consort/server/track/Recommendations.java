package com.consort.server.track;

import com.consort.assistant.Answer;
import com.consort.knowledge.ExposureLog;
import com.consort.knowledge.FairExposure;
import com.consort.knowledge.PartnerSearch;
import com.consort.server.openai.CompletionAnswered;
import com.consort.server.security.Caller;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records each shortlist of partners a caller was shown (fair exposure), from the ways a recommendation goes
 * out: the chat API, the OpenAI-compatible endpoint, MCP's search_partners and the partner search API. A
 * recording that fails is logged and never fails the answer.
 */
@Component
public class Recommendations {

    public static final String CHAT = "chat";
    public static final String V1 = "v1";
    public static final String MCP = "mcp";
    public static final String API = "api";

    /** The intents whose partners are a recommendation (not the details of one partner, nor deals done). */
    private static final Set<String> RECOMMENDING = Set.of("partners", "refine");
    private static final Logger log = LoggerFactory.getLogger(Recommendations.class);

    private final ExposureLog exposure;
    private final FairExposure fairness;

    Recommendations(ExposureLog exposure, FairExposure fairness) {
        this.exposure = exposure;
        this.fairness = fairness;
    }

    /** An assistant answer: its partners, when it recommends any. */
    public void answered(Caller caller, String channel, String question, Answer answer) {
        if (answer == null || !RECOMMENDING.contains(answer.intent())) {
            return;
        }
        record(caller, channel, question, answer.partners().stream()
                .map(card -> new Ranked(card.partnerId(), card.rank(), card.score())).toList());
    }

    /** An answer of the OpenAI-compatible endpoint. */
    @EventListener
    void on(CompletionAnswered completion) {
        answered(Caller.from(completion.authentication()), V1, completion.question(), completion.answer());
    }

    /** A partner search result, ranked as returned. */
    public void searched(Caller caller, String channel, String question, List<PartnerSearch.Result> results) {
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            ranked.add(new Ranked(results.get(i).partnerId(), i + 1, results.get(i).score()));
        }
        record(caller, channel, question, ranked);
    }

    /** Partners in the order shown, without scores (then the first is the best fit). */
    public void shown(Caller caller, String channel, String question, List<String> partnerIds) {
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < partnerIds.size(); i++) {
            ranked.add(new Ranked(partnerIds.get(i), i + 1, null));
        }
        record(caller, channel, question, ranked);
    }

    private record Ranked(String partnerId, int rank, Double score) {
    }

    private void record(Caller caller, String channel, String question, List<Ranked> ranked) {
        if (ranked.isEmpty()) {
            return;
        }
        try {
            double top = ranked.stream().map(Ranked::score).filter(Objects::nonNull).mapToDouble(Double::doubleValue).max()
                    .orElse(Double.NaN);
            List<ExposureLog.Shown> shown = ranked.stream().map(r -> new ExposureLog.Shown(r.partnerId(), r.rank(), r.score(),
                    r.score() == null || Double.isNaN(top) ? r.rank() == 1 : fairness.bestFit(r.score(), top))).toList();
            exposure.record(new ExposureLog.Recommendation(Instant.now(), ExposureLog.hash(question),
                    caller.isPartner() ? null : question, caller.subject(), caller.role().name(), channel, shown));
        } catch (RuntimeException e) {
            log.warn("Could not record a recommendation for the exposure figures: {}", e.toString());
        }
    }
}

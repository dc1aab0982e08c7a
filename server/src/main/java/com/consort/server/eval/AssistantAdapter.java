package com.consort.server.eval;

import com.consort.assistant.Answer;
import com.consort.assistant.Assistant;
import com.consort.eval.AssistantUnderTest;
import java.util.List;

/** The real assistant behind eval's narrow view of it. */
final class AssistantAdapter implements AssistantUnderTest {

    private final Assistant assistant;

    AssistantAdapter(Assistant assistant) {
        this.assistant = assistant;
    }

    @Override
    public AnswerView ask(List<String> turns) {
        Answer a = assistant.answer(turns);
        return new AnswerView(a.answer(), a.partners().stream().map(AssistantAdapter::partner).toList(),
                a.alternatives().stream().map(AssistantAdapter::partner).toList(),
                a.citations().stream().map(c -> new CitationView(c.n(), c.documentId(), c.title(), c.kind(), c.locator())).toList(),
                a.mode(), a.unmet().stream().map(u -> u.constraint() + ": " + String.join(", ", u.values())).toList(),
                a.prompts().stream().map(p -> p.id() + "@" + p.version()).toList());
    }

    private static PartnerView partner(Answer.PartnerCard card) {
        return new PartnerView(card.partnerId(), card.name(), card.reasons(),
                card.evidence().stream().map(e -> e.title() + (e.snippet() == null ? "" : ": " + e.snippet())).toList());
    }
}

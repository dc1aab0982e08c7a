package com.consort.assistant;

import com.consort.knowledge.Constraints;
import io.micrometer.core.instrument.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The assistant: reads each turn against the conversation so far, answers it offline from retrieval
 * and templates, and, when a chat model is configured, lets the model write the answer from the same
 * grounded results; a model answer that fails the grounding check or does not arrive in time is
 * replaced by the offline one, which says so.
 */
public class Assistant {

    /** One answered turn and the conversation state after it. */
    public record Exchange(Answer answer, ConversationState state) {
    }

    /** Answers a turn offline, from retrieval and templates (behind the door). */
    public interface Offline {
        /** The constraints the question states, read once for every stage that answers it. */
        Constraints read(String question);

        /** The answer to a question {@link #read read} as {@code read}, and the conversation state after it. */
        Exchange answer(String question, Constraints read, ConversationState state);

        /** The question's terms that the programme documents make their own. */
        List<String> programmeTerms(String question);
    }

    /** Lets the chat model write the answer from the grounded offline one (behind the door). */
    public interface Writer {
        Answer write(String question, List<String> history, Answer grounded);
    }

    private final Offline offline;
    private final Writer llm;
    private final int maxQuestionChars;
    private final AccountOverlap overlap;

    /** {@code overlap}: answers "who already works with <account>?" from the CRM opportunities; null: not asked. */
    public Assistant(Offline offline, Writer llm, int maxQuestionChars, AccountOverlap overlap) {
        this.overlap = overlap;
        this.offline = offline;
        this.llm = llm;
        this.maxQuestionChars = maxQuestionChars;
    }

    /** "offline", or "llm" when a chat model is configured. */
    public String mode() {
        return llm == null ? Answer.OFFLINE : Answer.LLM;
    }

    /**
     * Answers the turns of a conversation in order, without storing it; returns the last answer. The
     * earlier turns only rebuild the conversation state, so the model (when configured) writes the last
     * answer alone.
     */
    public Answer answer(List<String> turns) {
        if (turns.isEmpty()) {
            throw new IllegalArgumentException("A conversation needs at least one turn");
        }
        ConversationState state = ConversationState.EMPTY;
        List<String> history = new ArrayList<>();
        for (String turn : turns.subList(0, turns.size() - 1)) {
            state = respond(turn, state, history, false).state();
            history.add(turn);
        }
        return respond(turns.get(turns.size() - 1), state, history, true).answer();
    }

    /** Answers one turn given the state the conversation is in and the seller's earlier turns. */
    public Exchange respond(String text, ConversationState state, List<String> history) {
        return respond(text, state, history, true);
    }

    /** The question's terms that the programme documents make their own (for tests and diagnostics). */
    List<String> programmeTerms(String question) {
        return offline.programmeTerms(question);
    }

    private Exchange respond(String text, ConversationState state, List<String> history, boolean write) {
        String question = validate(text);
        Constraints read = offline.read(question); // read once: the overlap answer and the offline answer take this reading
        // a question about deals is answered from the CRM records as they are, in every mode
        Optional<Answer> fromDeals = overlap == null ? Optional.empty() : overlap.answer(question, read);
        Exchange reply = fromDeals.isPresent() && !fromDeals.get().partners().isEmpty() ? null : offline.answer(question, read, state);
        // no deal recorded with the account: a customer story that credits a partner with the work answers instead
        if (fromDeals.isPresent() && (reply == null || !reply.answer().intent().equals("evidence") || reply.answer().partners().isEmpty())) {
            Metrics.counter("consort.answers", "intent", "overlap", "mode", Answer.OFFLINE).increment();
            return new Exchange(fromDeals.get(), state);
        }
        Answer answer = llm == null || !write ? reply.answer() : llm.write(question, history, reply.answer());
        Metrics.counter("consort.answers", "intent", String.valueOf(answer.intent()), "mode", String.valueOf(answer.mode())).increment();
        return new Exchange(answer, reply.state());
    }

    String validate(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The message is empty: ask which partner fits a need, or a programme question");
        }
        if (text.length() > maxQuestionChars) {
            throw new IllegalArgumentException("The message has " + text.length() + " characters; the limit is " + maxQuestionChars);
        }
        return text.strip();
    }
}

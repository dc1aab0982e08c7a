package com.consort.eval;

import java.util.List;

/**
 * The assistant as eval sees it: the turns of a conversation in, an answer out. The server adapts
 * {@code com.consort.assistant.Assistant} to it; tests adapt scripted answers.
 */
public interface AssistantUnderTest {

    AnswerView ask(List<String> turns);

    /** The parts of an assistant answer the assertions look at. */
    record AnswerView(String markdown, List<PartnerView> partners, List<PartnerView> alternatives,
            List<CitationView> citations, String mode, List<String> unmetConstraints, List<String> promptRefs) {

        public AnswerView {
            markdown = markdown == null ? "" : markdown;
            partners = partners == null ? List.of() : List.copyOf(partners);
            alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
            citations = citations == null ? List.of() : List.copyOf(citations);
            unmetConstraints = unmetConstraints == null ? List.of() : List.copyOf(unmetConstraints);
            promptRefs = promptRefs == null ? List.of() : List.copyOf(promptRefs);
        }
    }

    /** A suggested partner with its reasons and evidence snippets (the judge's context). */
    record PartnerView(String partnerId, String name, List<String> reasons, List<String> evidence) {
    }

    /** @param n the number the answer text refers to it by ("[n]"), 0 when the text does not number citations */
    record CitationView(int n, String documentId, String title, String kind, String locator) {

        /** Whether the answer text refers to this citation; unnumbered citations count as referred to. */
        public boolean referencedIn(String markdown) {
            return n <= 0 || markdown.contains("[" + n + "]");
        }
    }
}

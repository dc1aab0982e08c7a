package com.consort.server.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.Chunk;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which passage of a document a citation's quote marks. */
class CitedPassageTest {

    private static final List<Chunk> CHUNKS = List.of(
            new Chunk("c0", "d", null, 0, null, "Acme Robotics automates the paint line of a car-parts maker."),
            new Chunk("c1", "d", null, 1, null, "The rollout took  six weeks across three plants in Bavaria and Austria, "
                    + "with the workflows of every shift automated and the audit trail kept for the works council."));

    @Test
    void aQuoteFromAPassagesStartMarksIt() {
        assertThat(DocumentPage.cited(CHUNKS, "The rollout took six weeks across…")).isEqualTo(1);
    }

    @Test
    void anExcerptFromThePassagesMiddleMarksItToo() {
        // an evidence excerpt starts where the asked-for word is, after an ellipsis
        assertThat(DocumentPage.cited(CHUNKS, "…three plants in Bavaria and Austria, with the workflows of every shift…"))
                .isEqualTo(1);
    }

    @Test
    void aQuoteTheDocumentNoLongerHasMarksNothing() {
        assertThat(DocumentPage.cited(CHUNKS, "…a passage rewritten since…")).isEqualTo(-1);
        assertThat(DocumentPage.cited(CHUNKS, "…")).isEqualTo(-1);
    }
}

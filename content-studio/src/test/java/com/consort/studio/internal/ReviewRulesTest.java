package com.consort.studio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consort.studio.ConflictException;
import com.consort.studio.NotAllowedException;
import com.consort.studio.ReviewAction;
import com.consort.studio.ReviewState;
import com.consort.studio.StudioRole;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The review workflow's transition table, written out by hand: every state × action × role gives the
 * next state or a refusal. The table below lists what is allowed; every other combination is refused,
 * for the role (403) when the role may never take the action, else for the state (409).
 */
class ReviewRulesTest {

    /** action | roles that may take it | states it starts from | the state it leads to. */
    private static final String TABLE = """
            submit          | partner marketing | draft changes_requested                                        | in_review
            approve         | marketing         | in_review                                                      | approved
            request-changes | marketing         | in_review                                                      | changes_requested
            reject          | marketing         | in_review                                                      | rejected
            publish         | partner marketing | approved                                                       | published
            archive         | partner marketing | draft in_review changes_requested approved published rejected expired | archived
            """;

    private record Row(String roles, String from, String to) {
    }

    private static Map<String, Row> table() {
        Map<String, Row> rows = new HashMap<>();
        TABLE.lines().filter(l -> !l.isBlank()).forEach(line -> {
            String[] cells = line.split("\\|");
            rows.put(cells[0].strip(), new Row(" " + cells[1].strip() + " ", " " + cells[2].strip() + " ", cells[3].strip()));
        });
        return rows;
    }

    @Test
    void everyStateActionAndRoleGivesTheNextStateOrARefusal() {
        Map<String, Row> table = table();
        int allowed = 0;
        for (ReviewState state : ReviewState.values()) {
            for (ReviewAction action : ReviewAction.values()) {
                for (StudioRole role : StudioRole.values()) {
                    Row row = table.get(action.slug());
                    ReviewRules.Decision decision = ReviewRules.decide(state, action, role);
                    String cell = state.code() + " × " + action.slug() + " × " + role;
                    if (!row.roles().contains(" " + role.name().toLowerCase(Locale.ROOT) + " ")) {
                        assertThat(decision).as(cell).isEqualTo(new ReviewRules.Decision(null, ReviewRules.Refusal.ROLE));
                    } else if (!row.from().contains(" " + state.code() + " ")) {
                        assertThat(decision).as(cell).isEqualTo(new ReviewRules.Decision(null, ReviewRules.Refusal.STATE));
                    } else {
                        assertThat(decision).as(cell).isEqualTo(new ReviewRules.Decision(ReviewState.of(row.to()), null));
                        allowed++;
                    }
                }
            }
        }
        // roles × states: submit 2 × 2, approve 1, request-changes 1, reject 1, publish 2 × 1, archive 2 × 7
        assertThat(allowed).isEqualTo(23);
    }

    @Test
    void refusalsAreForTheRoleFirstThenForTheState() {
        assertThatThrownBy(() -> ReviewRules.requireRole(ReviewAction.APPROVE, StudioRole.PARTNER))
                .isInstanceOf(NotAllowedException.class).hasMessage("A PARTNER cannot approve a draft");
        assertThatThrownBy(() -> ReviewRules.next(ReviewState.ARCHIVED, ReviewAction.APPROVE, StudioRole.ADMIN))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> ReviewRules.next(ReviewState.DRAFT, ReviewAction.APPROVE, StudioRole.MARKETING))
                .isInstanceOf(ConflictException.class).hasMessage("Cannot approve a draft that is draft");
        assertThat(ReviewRules.next(ReviewState.IN_REVIEW, ReviewAction.APPROVE, StudioRole.MARKETING))
                .isEqualTo(ReviewState.APPROVED);
    }

    @Test
    void theActionsOfferedAreTheAllowedCellsOfTheTable() {
        assertThat(ReviewRules.available(ReviewState.IN_REVIEW, StudioRole.MARKETING))
                .containsExactly("approve", "request-changes", "reject", "archive");
        assertThat(ReviewRules.available(ReviewState.DRAFT, StudioRole.PARTNER)).containsExactly("submit", "archive");
        assertThat(ReviewRules.available(ReviewState.PUBLISHED, StudioRole.SELLER)).isEmpty();
        assertThat(ReviewRules.available(ReviewState.ARCHIVED, StudioRole.MARKETING)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ReviewState.class)
    void aNewVersionSendsAnOpenDraftBackToDraftAndLeavesAClosedOneAsItIs(ReviewState before) {
        boolean closed = Arrays.asList(ReviewState.REJECTED, ReviewState.ARCHIVED, ReviewState.EXPIRED).contains(before);
        assertThat(before.editable()).isEqualTo(!closed);
        assertThat(ReviewRules.afterNewVersion(before)).isEqualTo(closed ? before : ReviewState.DRAFT);
    }
}

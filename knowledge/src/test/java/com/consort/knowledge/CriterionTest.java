package com.consort.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CriterionTest {

    /** A hundred profiles, each of these words in one of them: all specific. */
    private static CorpusTerms.Snapshot rareIn100Profiles(String... words) {
        Map<String, Integer> df = new HashMap<>();
        for (String word : words) {
            CorpusTerms.keys(word).forEach(k -> df.put(k, 1));
        }
        return new CorpusTerms.Snapshot(Map.of(CorpusTerms.PROFILE, 100), Map.of(CorpusTerms.PROFILE, df), null, Set.of(), Map.of());
    }

    @Test
    void theQuestionsRareWordsAreWhatItAsksForAdjacentOnesTogether() {
        var terms = rareIn100Profiles("Ceph", "air-gapped", "clusters");
        // "experts" is in no profile here: no criterion, and it parts the two
        assertThat(Criterion.in("Ceph experts for air-gapped clusters?", Constraints.NONE, terms, Set.of()))
                .extracting(Criterion::words).containsExactly("'Ceph'", "'air-gapped clusters'");
    }

    @Test
    void wordsWrittenTogetherAndRoundTheClockInAnyNotationMeetTheCriterion() {
        var terms = rareIn100Profiles("bare", "metal", "24/7");
        var criteria = Criterion.in("Kubernetes on bare metal. Who offers 24/7 support?", Constraints.NONE, terms, Set.of());
        assertThat(criteria).extracting(Criterion::words).containsExactly("'bare metal'", "'24/7'");
        assertThat(criteria.get(0).saidIn("managed Kubernetes on baremetal and OpenStack")).isTrue();
        assertThat(criteria.get(0).saidIn("a bare-metal platform")).isTrue();
        assertThat(criteria.get(1).saidIn("24X7 operation")).isTrue();
        assertThat(criteria.get(1).saidIn("support 24x7x365")).isTrue();
        assertThat(criteria.get(1).saidIn("24 / 7 on call")).isTrue();
        assertThat(criteria.get(1).saidIn("offices in 24 countries, 7 of them in Asia")).isFalse();
        // a question that starts with a "/" (now a letter of a word) still reads what it lacks as lacked
        var lacking = rareIn100Profiles("connection");
        assertThat(Criterion.in("/ without connection", Constraints.NONE, lacking, Set.of())).isEmpty();
    }

    @Test
    void aVerbBeforeItOrThemIsWhatToDoWithAThingNamedBeforeNotAThingAskedFor() {
        var terms = rareIn100Profiles("Ceph", "covers", "migrates");
        assertThat(Criterion.in("We also need Ceph training - which partner covers it?", Constraints.NONE, terms, Set.of()))
                .extracting(Criterion::words).containsExactly("'Ceph'");
        assertThat(Criterion.in("Our Ceph clusters are old: who migrates them?", Constraints.NONE, terms, Set.of()))
                .extracting(Criterion::words).containsExactly("'Ceph'");
    }

    @Test
    void whatTheCustomerLacksIsNoCriterionToTheEndOfItsClause() {
        var terms = rareIn100Profiles("shipyard", "connection", "air-gapped", "installs");
        assertThat(Criterion.in("The shipyard's network has no internet connection. Who has done air-gapped installs?",
                Constraints.NONE, terms, Set.of()))
                .extracting(Criterion::words).containsExactly("'shipyard'", "'air-gapped installs'");
        assertThat(Criterion.in("Without a connection to the internet, who installs air-gapped?", Constraints.NONE, terms, Set.of()))
                .extracting(Criterion::words).containsExactly("'installs air-gapped'");
    }

    @Test
    void theWordsOfAskingAndOfWhenAreNoCriterionHoweverRareInTheIndex() {
        // in a small directory "wants", "last" and "help" are as rare as "ransomware": they still ask for nothing
        var terms = rareIn100Profiles("wants", "last", "night", "help", "recover", "ransomware", "based", "SOC", "answers", "kind",
                "sort", "honeypots");
        assertThat(Criterion.in("A hospital got hit by ransomware last night - who can help them recover?", Constraints.NONE,
                terms, Set.of())).extracting(Criterion::words).containsExactly("'ransomware'", "'recover'");
        assertThat(Criterion.in("The customer wants a SOC that answers at night. Who is based there?", Constraints.NONE,
                terms, Set.of())).extracting(Criterion::words).containsExactly("'SOC'");
        assertThat(Criterion.in("Who does honeypots, or that sort of thing? Who does that kind of work?", Constraints.NONE,
                terms, Set.of())).extracting(Criterion::words).containsExactly("'honeypots'");
    }
}

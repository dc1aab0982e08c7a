package com.consort.knowledge.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.Facet;
import com.consort.knowledge.PartnerRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a directory's own words teach, counted: the thresholds of {@link ProfileWords}, on made-up partners. */
class ProfileWordsLearningTest {

    private static PartnerRepository.Profile partner(String words, String industry) {
        return new PartnerRepository.Profile(words, industry == null ? Map.of() : Map.of(Facet.INDUSTRY, Set.of(industry)));
    }

    @Test
    void aWordOnlyACornerOfTheValuesPartnersSayIsTheCornersNotTheValues() {
        List<PartnerRepository.Profile> directory = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // 30 of the 40 mining partners say "smelters"; 5 of them, and nobody else, work in Antofagasta
            directory.add(partner((i < 30 ? "copper smelters and quarries" : "quarries") + (i < 5 ? " in Antofagasta" : ""), "Mining"));
        }
        for (int i = 0; i < 40; i++) {
            directory.add(partner("hospitals" + (i < 5 ? " and smelters" : ""), "Healthcare"));
        }
        // partners that list no industry prove nothing either way
        for (int i = 0; i < 40; i++) {
            directory.add(partner("smelters", null));
        }
        ProfileWords words = ProfileWords.learn(directory);

        assertThat(words.meaning("smelter")).hasValueSatisfying(m -> {
            assertThat(m.value()).isEqualTo("Mining");
            assertThat(m.listing()).isEqualTo(30);
            assertThat(m.saying()).isEqualTo(35);
        });
        assertThat(words.meaning("Antofagasta")).as("5 of 40 Mining partners").isEmpty();
        assertThat(words.meaning("quarry")).hasValueSatisfying(m -> assertThat(m.value()).isEqualTo("Mining"));
        assertThat(words.meaning("hospital")).hasValueSatisfying(m -> assertThat(m.value()).isEqualTo("Healthcare"));
        // next to a word of content, only as the value's partners say it: "gravel quarries" is not what they wrote
        assertThat(words.meaning("quarries", "gravel", null)).isEmpty();
        assertThat(words.meaning("quarries", "and", "in")).isPresent();
        assertThat(words.meaning("smelters", "copper", null)).isPresent();
        assertThat(words.meaning("smelters", "nickel", null)).isEmpty();
        // a verb or a function word of a partner question is passed over, a noun of one is not ("team smelters")
        assertThat(words.meaning("smelters", "build", "for")).isPresent();
        assertThat(words.meaning("smelters", "team", null)).isEmpty();
        // a word of any partner question ("help", "work") is never a value, whoever says it
        assertThat(ProfileWords.learn(List.of(partner("help", "A"), partner("help", "A"), partner("help", "A"),
                partner("help", "A"), partner("help", "A"))).isEmpty()).isTrue();
    }

    @Test
    void aDirectoryWhoseWordsCannotBeReadLeavesTheQuestionReadWithoutThem() {
        var tries = new java.util.concurrent.atomic.AtomicInteger();
        PartnerRepository failing = new PartnerRepository(new org.springframework.jdbc.core.JdbcTemplate(),
                tools.jackson.databind.json.JsonMapper.builder().build()) {
            @Override
            public Map<Facet, Set<String>> knownValues() {
                return Map.of(Facet.COUNTRY, Set.of("DE"));
            }

            @Override
            public String changeMark() {
                return "1";
            }

            @Override
            public List<Profile> profiles(int limit) {
                tries.incrementAndGet();
                throw new IllegalStateException("the database is away");
            }
        };
        var read = new QueryUnderstanding(com.consort.knowledge.Vocabulary.standard(), failing, null).understand("a partner in Germany");
        assertThat(read.byFacet()).isEqualTo(Map.of(Facet.COUNTRY, Set.of("DE")));
        assertThat(tries.get()).isEqualTo(1);
    }
}

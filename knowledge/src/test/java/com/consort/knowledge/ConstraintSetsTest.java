package com.consort.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.knowledge.testing.TestStorage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Reads of a question's constraints as sets of partners, checked against reading the directory the plain way on both
 * set-ups. When no partner meets everything a question asks, each constraint is reported with how many partners meet all
 * the others: read in one pass over the constraints' sets, and the same as counting the directory without each in turn.
 * The candidate window's first partners by id are the first of all the candidates, though on PostgreSQL they are taken
 * from the sets before any partner row is read. The directory's sets in memory ({@link DirectorySets}), which answer
 * searches while they are current, meet and count every kind of constraint as the SQL does, and are never used stale.
 */
class ConstraintSetsTest {

    @TempDir
    static Path dataDir;

    @Nested
    class Embedded extends OnStorage {
        @Override
        DataSource dataSource() {
            return TestStorage.embedded(dataDir);
        }
    }

    @Nested
    class Postgres extends OnStorage {
        @Override
        DataSource dataSource() {
            return TestStorage.postgres();
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class OnStorage {

        static final String PARTNERS = """
                id,name,type,tier,regions,countries,languages,industries,specializations,certifications,integrations,templates,description,website,status,satisfaction,partner_manager
                U1,Berlin Retail,Reseller,Gold,EMEA,Germany,German;English,Retail,Cloud Migration,,,,Store systems.,,active,4.0,Ines
                U2,Munich Banks,Reseller,Silver,EMEA,Germany,German,Financial Services,Cloud Migration,,,,Core banking.,,active,4.0,Ines
                U3,Vienna Words,Reseller,Silver,EMEA,Austria,German,,Cloud Migration,,,,We serve retailers and supermarkets.,,active,4.0,Ines
                U4,Paris Retail,Consulting Partner,Gold,EMEA,France,French,Retail,Data Platform,,,,Shops.,,active,4.0,Ines
                U5,Old Berlin,Reseller,Gold,EMEA,Germany,German,Retail,Cloud Migration,,,,Store systems.,,inactive,4.0,Ines
                U6,Austin Retail,Reseller,Gold,North America,United States,English,Retail;Financial Services,Cloud Migration,,,,Stores and banks.,,active,4.0,Ines
                U7,Hamburg Data,Consulting Partner,Silver,EMEA,Germany,German;English,Retail;Financial Services,Data Platform,,,,Data.,,active,4.0,Ines
                """;

        AnnotationConfigApplicationContext context;
        PartnerRepository partners;
        Vocabulary vocabulary;

        abstract DataSource dataSource();

        @BeforeAll
        void directory() {
            context = KnowledgeContext.withDirectory(dataSource(), PARTNERS);
            partners = context.getBean(PartnerRepository.class);
            vocabulary = context.getBean(Vocabulary.class);
        }

        @AfterAll
        void close() {
            context.close();
        }

        /** Counted the slow way: the directory without each constraint in turn. */
        private Map<Facet, Integer> oneByOne(Map<Facet, Set<String>> constraints, Map<Facet, Set<String>> described,
                boolean includeInactive) {
            Map<Facet, Integer> counts = new LinkedHashMap<>();
            constraints.keySet().forEach(facet -> {
                Map<Facet, Set<String>> relaxed = new LinkedHashMap<>(constraints);
                relaxed.remove(facet);
                Map<Facet, Set<String>> words = new LinkedHashMap<>(described);
                words.remove(facet);
                counts.put(facet, relaxed.isEmpty() ? 0 : partners.count(relaxed, words, includeInactive, vocabulary));
            });
            return counts;
        }

        @Test
        void eachConstraintCountsThePartnersThatMeetAllTheOthers() {
            Map<Facet, Set<String>> constraints = new LinkedHashMap<>();
            constraints.put(Facet.COUNTRY, Set.of("DE"));
            constraints.put(Facet.INDUSTRY, Set.of("Retail"));
            constraints.put(Facet.SPECIALIZATION, Set.of("Data Platform"));
            constraints.put(Facet.LANGUAGE, Set.of("fr"));
            // without the country: U4 (Paris); without the language: U7 (Hamburg); the others: none
            assertThat(partners.countsWithoutEach(constraints, Map.of(), false, vocabulary))
                    .containsExactly(entry(Facet.COUNTRY, 1), entry(Facet.INDUSTRY, 0), entry(Facet.SPECIALIZATION, 0),
                            entry(Facet.LANGUAGE, 1))
                    .isEqualTo(oneByOne(constraints, Map.of(), false));
        }

        @Test
        void aRegionItsCountriesDescribedPartnersAndInactiveOnesCountAsTheyDoInASearch() {
            Map<Facet, Set<String>> constraints = new LinkedHashMap<>();
            constraints.put(Facet.REGION, Set.of("DACH"));
            constraints.put(Facet.INDUSTRY, Set.of("Retail"));
            constraints.put(Facet.SPECIALIZATION, Set.of("Data Platform"));
            Map<Facet, Set<String>> described = Map.of(Facet.INDUSTRY, Set.of("retailers"));
            for (boolean inactive : new boolean[] {false, true}) {
                Map<Facet, Integer> counts = partners.countsWithoutEach(constraints, described, inactive, vocabulary);
                assertThat(counts).isEqualTo(oneByOne(constraints, described, inactive));
                // without the specialisation: U1, U7 and the described U3 (Vienna), and the inactive U5 when it counts
                assertThat(counts.get(Facet.SPECIALIZATION)).isEqualTo(inactive ? 4 : 3);
            }
        }

        @Test
        void aConstraintNamingNoValueConstrainsNothing() {
            Map<Facet, Set<String>> oneEmpty = new LinkedHashMap<>();
            oneEmpty.put(Facet.COUNTRY, Set.of("FR"));
            oneEmpty.put(Facet.INDUSTRY, Set.of());
            Map<Facet, Set<String>> bothEmpty = new LinkedHashMap<>();
            bothEmpty.put(Facet.COUNTRY, Set.of());
            bothEmpty.put(Facet.INDUSTRY, Set.of());
            for (Map<Facet, Set<String>> constraints : List.of(oneEmpty, bothEmpty)) {
                assertThat(partners.countsWithoutEach(constraints, Map.of(), false, vocabulary))
                        .isEqualTo(oneByOne(constraints, Map.of(), false));
            }
            // without the empty industry: the French partner; with nothing named at all: every active partner
            assertThat(partners.countsWithoutEach(oneEmpty, Map.of(), false, vocabulary).get(Facet.INDUSTRY)).isEqualTo(1);
            assertThat(partners.countsWithoutEach(bothEmpty, Map.of(), false, vocabulary).get(Facet.INDUSTRY)).isEqualTo(6);
        }

        @Test
        void theFirstCandidatesAreTheFirstOfAllTheCandidates() {
            // EMEA: the region's partners and its countries' (most partners are in both sets), with U3 described only in
            // words, the inactive U5, and a second facet
            Map<Facet, Set<String>> emea = Map.of(Facet.REGION, Set.of("EMEA"));
            Map<Facet, Set<String>> emeaRetail = new LinkedHashMap<>(emea);
            emeaRetail.put(Facet.INDUSTRY, Set.of("Retail"));
            Map<Facet, Set<String>> described = Map.of(Facet.INDUSTRY, Set.of("retailers"));
            for (Map<Facet, Set<String>> constraints : List.of(emea, emeaRetail)) {
                for (boolean inactive : new boolean[] {false, true}) {
                    List<PartnerRepository.Candidate> all = partners.candidates(constraints, described, inactive, vocabulary);
                    assertThat(all).isNotEmpty();
                    for (int limit = 1; limit <= all.size() + 1; limit++) {
                        assertThat(partners.candidates(constraints, described, inactive, vocabulary, limit))
                                .as("%s, inactive %s, first %d", constraints, inactive, limit)
                                .isEqualTo(all.subList(0, Math.min(limit, all.size())));
                    }
                }
            }
            assertThat(partners.candidates(emeaRetail, described, false, vocabulary, 10))
                    .extracting(PartnerRepository.Candidate::id).containsExactly("U1", "U3", "U4", "U7");
            assertThat(partners.candidates(emeaRetail, described, true, vocabulary, 10))
                    .extracting(PartnerRepository.Candidate::id).containsExactly("U1", "U3", "U4", "U5", "U7");
        }

        /** Questions' constraints of every kind: facets, a region and its countries, described words, stories. */
        private List<Map<Facet, Set<String>>> questions() {
            List<Map<Facet, Set<String>>> questions = new java.util.ArrayList<>();
            questions.add(Map.of());
            questions.add(Map.of(Facet.REGION, Set.of("EMEA")));
            questions.add(Map.of(Facet.REGION, Set.of("DACH")));
            questions.add(Map.of(Facet.INDUSTRY, Set.of("Retail", "Financial Services")));
            questions.add(Map.of(Facet.CASE_STUDY_INDUSTRY, Set.of("Retail")));
            questions.add(Map.of(Facet.COUNTRY, Set.of("JP")));
            Map<Facet, Set<String>> four = new LinkedHashMap<>();
            four.put(Facet.COUNTRY, Set.of("DE"));
            four.put(Facet.INDUSTRY, Set.of("Retail"));
            four.put(Facet.SPECIALIZATION, Set.of("Data Platform"));
            four.put(Facet.LANGUAGE, Set.of("fr"));
            questions.add(four);
            Map<Facet, Set<String>> dachRetail = new LinkedHashMap<>();
            dachRetail.put(Facet.REGION, Set.of("DACH"));
            dachRetail.put(Facet.INDUSTRY, Set.of("Retail"));
            dachRetail.put(Facet.SPECIALIZATION, Set.of("Data Platform"));
            dachRetail.put(Facet.TIER, Set.of());
            questions.add(dachRetail);
            Map<Facet, Set<String>> stories = new LinkedHashMap<>();
            stories.put(Facet.TYPE, Set.of("Reseller"));
            stories.put(Facet.CASE_STUDY_INDUSTRY, Set.of("Retail"));
            stories.put(Facet.TIER, Set.of("Gold"));
            questions.add(stories);
            return questions;
        }

        @Test
        void theSetsInMemoryMeetAndCountAsTheSqlDoes() {
            context.getBean(DocumentIngestor.class).ingest(new DocumentIngestor.Upload("""
                    # A grocer's new tills

                    Industry: Retail (a grocery chain)

                    Vienna Words set up the tills of forty shops.
                    """.getBytes(java.nio.charset.StandardCharsets.UTF_8), "grocer.md", DocumentKind.CASE_STUDY, "U3", null));
            // a story filed under no partner meets no partner's story filter
            context.getBean(DocumentIngestor.class).ingest(new DocumentIngestor.Upload("""
                    # A bakery's online orders

                    Industry: Retail (a bakery chain)

                    A bakery chain took its orders online.
                    """.getBytes(java.nio.charset.StandardCharsets.UTF_8), "bakery.md", DocumentKind.CASE_STUDY, null, null));
            DirectorySets.Snapshot sets = new DirectorySets(partners).current().orElseThrow();
            Map<Facet, Set<String>> described = Map.of(Facet.INDUSTRY, Set.of("retailers"));
            int checked = 0;
            for (Map<Facet, Set<String>> constraints : questions()) {
                for (Map<Facet, Set<String>> words : List.of(Map.<Facet, Set<String>>of(), described)) {
                    for (boolean inactive : new boolean[] {false, true}) {
                        var requirements = partners.requirements(constraints, words, vocabulary);
                        assertThat(sets.candidates(sets.meeting(requirements, inactive)))
                                .as("%s described by %s, inactive %s", constraints, words, inactive)
                                .isEqualTo(partners.candidates(constraints, words, inactive, vocabulary));
                        assertThat(sets.countsWithoutEach(constraints.keySet(), requirements, inactive))
                                .as("%s described by %s, inactive %s", constraints, words, inactive)
                                .isEqualTo(partners.countsWithoutEach(constraints, words, inactive, vocabulary));
                        checked++;
                    }
                }
            }
            assertThat(checked).isEqualTo(36);
            // the story's partner (U3, a Silver reseller) meets the story filter, a Gold reseller without one does not
            var stories = partners.requirements(questions().get(questions().size() - 1), Map.of(), vocabulary);
            assertThat(sets.countsWithoutEach(questions().get(questions().size() - 1).keySet(), stories, false))
                    .containsExactly(entry(Facet.TYPE, 0), entry(Facet.CASE_STUDY_INDUSTRY, 2), entry(Facet.TIER, 1));
            assertThat(sets.candidatesAmong(sets.meeting(partners.requirements(Map.of(Facet.REGION, Set.of("DACH")), described,
                    vocabulary), false), List.of("U7", "U4", "U1", "U5", "nobody"))).extracting(PartnerRepository.Candidate::id)
                    .containsExactly("U1", "U7");
        }

        @Test
        void aChangeToTheDirectoryIsMetByTheNextReadAndNeverByStaleSets() throws Exception {
            DirectorySets directory = new DirectorySets(partners, java.time.Duration.ofDays(1));
            Map<Facet, Set<String>> france = Map.of(Facet.COUNTRY, Set.of("FR"));
            var requirements = partners.requirements(france, Map.of(), vocabulary);
            DirectorySets.Snapshot before = directory.current().orElseThrow();
            assertThat(before.candidates(before.meeting(requirements, false))).extracting(PartnerRepository.Candidate::id)
                    .containsExactly("U4");
            Partner paris = partners.find("U4").orElseThrow();
            Partner closed = new Partner(paris.id(), paris.name(), paris.description(), paris.website(), false,
                    paris.satisfaction(), paris.facets(), paris.extra());
            try {
                partners.save(closed);
                // a small directory is read again at once
                DirectorySets.Snapshot after = directory.current().orElseThrow();
                assertThat(after.candidates(after.meeting(requirements, false))).isEmpty();
                assertThat(after.candidates(after.meeting(requirements, true))).extracting(PartnerRepository.Candidate::id)
                        .containsExactly("U4");
                // one whose read is slow is read aside: until then, no sets (the SQL answers), never the stale ones
                DirectorySets slow = new DirectorySets(partners, java.time.Duration.ZERO);
                assertThat(slow.current()).isPresent();
                partners.save(paris);
                assertThat(slow.current()).isEmpty();
                DirectorySets.Snapshot reread = null;
                for (int i = 0; i < 200 && reread == null; i++) {
                    Thread.sleep(25);
                    reread = slow.current().orElse(null);
                }
                assertThat(reread).isNotNull();
                assertThat(reread.candidates(reread.meeting(requirements, false))).extracting(PartnerRepository.Candidate::id)
                        .containsExactly("U4");
            } finally {
                partners.save(paris);
            }
        }

        @Test
        void aSingleConstraintLetsNothingThroughByBeingDropped() {
            assertThat(partners.countsWithoutEach(Map.of(Facet.COUNTRY, Set.of("JP")), Map.of(), false, vocabulary))
                    .isEqualTo(Map.of(Facet.COUNTRY, 0));
        }
    }
}

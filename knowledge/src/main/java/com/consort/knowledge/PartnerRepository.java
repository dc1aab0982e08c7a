package com.consort.knowledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Partners and their facet values, with filtering expressed as portable SQL. */
public class PartnerRepository {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final JsonMapper json;

    /** @param json reads and writes the import's other columns ({@code extra}); the application's mapper */
    public PartnerRepository(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Inserts or replaces a partner by id; returns true when it was new. */
    public boolean save(Partner partner) {
        Timestamp now = Timestamp.from(Instant.now());
        String extra = partner.extra().isEmpty() ? null : json.writeValueAsString(new TreeMap<>(partner.extra()));
        // a company's name is of its own words too ("Nordlicht SOC GmbH")
        String words = wordsOf(partner.description() == null ? partner.name() : partner.name() + " " + partner.description());
        int updated = jdbc.update("UPDATE partner SET name = ?, description = ?, description_words = ?, website = ?, active = ?, "
                + "satisfaction = ?, extra = ?, updated_at = ? WHERE id = ?", partner.name(), partner.description(), words,
                partner.website(), partner.active(), partner.satisfaction(), extra, now, partner.id());
        if (updated == 0) {
            jdbc.update("INSERT INTO partner (id, name, description, description_words, website, active, satisfaction, extra, "
                    + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", partner.id(), partner.name(),
                    partner.description(), words, partner.website(), partner.active(), partner.satisfaction(), extra, now, now);
        } else {
            jdbc.update("DELETE FROM partner_facet WHERE partner_id = ?", partner.id());
        }
        List<Object[]> facets = new ArrayList<>();
        partner.facets().forEach((facet, values) -> {
            for (int i = 0; i < values.size(); i++) {
                facets.add(new Object[] {partner.id(), facet.name(), values.get(i), i});
            }
        });
        jdbc.batchUpdate("INSERT INTO partner_facet (partner_id, facet, val, ord) VALUES (?, ?, ?, ?)", facets);
        jdbc.update(RANKING_FACTS + " WHERE id = ?", partner.id());
        if (updated != 0) {
            jdbc.update("DELETE FROM partner_empty_facet WHERE partner_id = ?", partner.id());
        }
        for (Facet facet : Constraints.DESCRIBABLE) {
            if (partner.values(facet).isEmpty()) {
                jdbc.update("INSERT INTO partner_empty_facet (facet, partner_id) VALUES (?, ?)", facet.name(), partner.id());
            }
        }
        raiseChangeCounter();
        return updated == 0;
    }

    /**
     * Raises the directory's change counter, in the writer's transaction and as its last statement, so that its row
     * lock is held only until the commit that follows (concurrent imports wait for each other that long, no longer).
     */
    private void raiseChangeCounter() {
        jdbc.update("UPDATE partner_change SET version = version + 1 WHERE id = 1");
    }

    public Optional<Partner> find(String id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /** The partners with these ids, in the order given; unknown ids are left out. */
    public List<Partner> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var params = new MapSqlParameterSource("ids", ids);
        Map<String, Map<Facet, List<String>>> facets = new LinkedHashMap<>();
        named.query("SELECT partner_id, facet, val FROM partner_facet WHERE partner_id IN (:ids) ORDER BY partner_id, facet, ord",
                params, rs -> {
                    facets.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Facet.class))
                            .computeIfAbsent(Facet.valueOf(rs.getString(2)), k -> new ArrayList<>()).add(rs.getString(3));
                });
        Map<String, Partner> byId = new LinkedHashMap<>();
        named.query("SELECT * FROM partner WHERE id IN (:ids)", params,
                rs -> {
                    Partner p = map(rs, facets.getOrDefault(rs.getString("id"), Map.of()));
                    byId.put(p.id(), p);
                });
        return ids.stream().map(byId::get).filter(p -> p != null).toList();
    }

    /** What ranking needs of every candidate, read in one query. */
    record Candidate(String id, String tier, Double satisfaction, int certifications) {
    }

    /**
     * Ids of partners that meet every constraint: for each facet, at least one of the wanted values.
     * A region is met by the region, any sub-region or any of its countries.
     */
    public List<String> matching(Map<Facet, Set<String>> constraints, boolean includeInactive, Vocabulary vocabulary) {
        var params = new MapSqlParameterSource();
        String where = where(constraints, includeInactive, vocabulary, params);
        return named.queryForList("SELECT p.id FROM partner p WHERE " + where + " ORDER BY p.id", params, String.class);
    }

    /** The ranking facts are kept on the partner row ({@link #RANKING_FACTS}), not counted per candidate. */
    private static final String CANDIDATES = "SELECT p.id, p.satisfaction, p.tier, p.certifications FROM partner p WHERE ";

    /** A partner's tier and number of certifications from its facet rows: the writer's statement and V696's backfill. */
    static final String RANKING_FACTS = """
            UPDATE partner SET
                tier = (SELECT MIN(t.val) FROM partner_facet t WHERE t.partner_id = partner.id AND t.facet = 'TIER'),
                certifications = (SELECT COUNT(*) FROM partner_facet c WHERE c.partner_id = partner.id AND c.facet = 'CERTIFICATION')""";

    /** The partners {@link #matching} finds, with their tier, satisfaction and number of certifications. */
    List<Candidate> candidates(Map<Facet, Set<String>> constraints, boolean includeInactive, Vocabulary vocabulary) {
        return candidates(constraints, Map.of(), includeInactive, vocabulary);
    }

    /**
     * As {@link #candidates(Map, boolean, Vocabulary)}; a partner whose directory entry leaves a facet of
     * {@code described} empty also meets that facet when its description uses one of the words given for it (the seller's
     * words, "insurer"): an industry or specialisation stated only in a partner's own words is unknown to the facet, not
     * absent.
     */
    List<Candidate> candidates(Map<Facet, Set<String>> constraints, Map<Facet, Set<String>> described,
            boolean includeInactive, Vocabulary vocabulary) {
        var params = new MapSqlParameterSource();
        String where = where(constraints, described, includeInactive, vocabulary, params);
        return named.query(CANDIDATES + where + " ORDER BY p.id", params, PartnerRepository::candidate);
    }

    /**
     * As {@link #candidates(Map, Map, boolean, Vocabulary)}, the first {@code limit} by id only: a caller that ranks all of
     * them up to a size, and goes another way past it, asks for one more than that size and reads the directory once
     * (before, a count of up to that size, then the candidates: the same rows twice).
     */
    List<Candidate> candidates(Map<Facet, Set<String>> constraints, Map<Facet, Set<String>> described,
            boolean includeInactive, Vocabulary vocabulary, int limit) {
        var params = new MapSqlParameterSource("limit", limit);
        Map<Facet, Condition> conditions = conditions(constraints, described, vocabulary, params);
        if (postgres() && !conditions.isEmpty()) {
            // the first ids of the set, from the facet index, and only then their rows: reading every partner of a set of
            // 27,000 to keep the first 2,001 cost 145 ms at 100,000 partners, this about 30 (V697 lists the inactive)
            String first = includeInactive ? "SELECT DISTINCT s.id FROM (" + holders(conditions) + ") s(id) ORDER BY s.id LIMIT :limit"
                    : "SELECT s.id FROM ((" + holders(conditions) + ") EXCEPT (SELECT id FROM partner WHERE active = FALSE)) s(id)"
                            + " ORDER BY s.id LIMIT :limit";
            return named.query(CANDIDATES + "p.id IN (" + first + ") ORDER BY p.id", params, PartnerRepository::candidate);
        }
        return named.query(CANDIDATES + probes(conditions, includeInactive) + " ORDER BY p.id LIMIT :limit", params,
                PartnerRepository::candidate);
    }

    /** As {@link #candidates(Map, Map, boolean, Vocabulary)}, among these partners only. */
    List<Candidate> candidatesAmong(Map<Facet, Set<String>> constraints, Map<Facet, Set<String>> described,
            boolean includeInactive, Vocabulary vocabulary, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var params = new MapSqlParameterSource("ids", ids);
        // a few hundred partners named: each is probed, rather than every facet's set of partners built to intersect
        String where = probes(conditions(constraints, described, vocabulary, params), includeInactive) + " AND p.id IN (:ids)";
        return named.query(CANDIDATES + where + " ORDER BY p.id", params, PartnerRepository::candidate);
    }

    private static Candidate candidate(ResultSet rs, int row) throws SQLException {
        return new Candidate(rs.getString(1), rs.getString(3), rs.getObject(2) == null ? null : rs.getDouble(2), rs.getInt(4));
    }

    /**
     * Changes whenever a partner or one of its facet values is added, changed or deleted: what caches of the directory
     * compare. One row kept by the writers (V691), so reading it costs the same at any directory size.
     */
    public String changeMark() {
        return String.valueOf(jdbc.queryForObject("SELECT version FROM partner_change WHERE id = 1", Long.class));
    }

    private String where(Map<Facet, Set<String>> constraints, boolean includeInactive, Vocabulary vocabulary,
            MapSqlParameterSource params) {
        return where(constraints, Map.of(), includeInactive, vocabulary, params);
    }

    /** Read as spaces in a description and in the words searched for in it (V692 backfills with the same list). */
    private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[().,;:!?/\"'-]");

    /**
     * A text in lower case with punctuation as spaces and a space before and after, so that every word follows a space:
     * the form of {@code partner.description_words}, written with the partner so that a search compares stored words.
     */
    static String wordsOf(String text) {
        return " " + PUNCTUATION.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ") + " ";
    }

    /**
     * The partner's own word (of its name or description) for the first of {@code words} it says, as a search for a
     * facet it leaves empty reads them ({@link #candidates(Map, Map, boolean, Vocabulary)}: "retailers" for "retail"):
     * what its reason quotes.
     */
    static java.util.Optional<String> describedWord(Partner partner, Collection<String> words) {
        String text = wordsOf(partner.name() + " " + (partner.description() == null ? "" : partner.description()));
        for (String w : words) {
            String word = wordsOf(w).strip();
            int at = w.length() < 3 ? -1 : text.indexOf(" " + word + (word.length() < 4 ? " " : ""));
            if (at >= 0) {
                return java.util.Optional.of(text.substring(at + 1, text.indexOf(' ', at + 1 + word.length())));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The filter of partners meeting every constraint. On PostgreSQL each facet's constraint is the set of partners
     * holding one of its values (read from the index on facet, value and partner alone), and the sets are intersected
     * before a partner row is read: at 100,000 partners, probing each partner of the widest facet for the others cost
     * several times more (docs/performance.md, "Facets as sets"). On H2, the embedded set-up for up to about 10,000
     * chunks, each constraint stays a probe per partner, as before: the sets were not faster there.
     */
    private String where(Map<Facet, Set<String>> constraints, Map<Facet, Set<String>> describedBy,
            boolean includeInactive, Vocabulary vocabulary, MapSqlParameterSource params) {
        Map<Facet, Condition> conditions = conditions(constraints, describedBy, vocabulary, params);
        if (!postgres() || conditions.isEmpty()) {
            return probes(conditions, includeInactive);
        }
        return (includeInactive ? "" : "p.active = TRUE AND ") + "p.id IN (" + holders(conditions) + ")";
    }

    /** The filter as a probe of each condition on the partner row {@code p} (H2, or a few partners named). */
    private static String probes(Map<Facet, Condition> conditions, boolean includeInactive) {
        StringBuilder sql = new StringBuilder(includeInactive ? "1 = 1" : "p.active = TRUE");
        conditions.values().forEach(c -> sql.append(" AND ").append(c.probe()));
        return sql.toString();
    }

    /** The partners meeting every condition: their sets intersected (PostgreSQL). */
    private static String holders(Map<Facet, Condition> conditions) {
        return conditions.size() == 1 ? conditions.values().iterator().next().holders()
                : String.join(" INTERSECT ", conditions.values().stream().map(c -> "(" + c.holders() + ")").toList());
    }

    /**
     * One facet's constraint three ways: as a condition on the partner row {@code p}; as the set of partners meeting it
     * (which may name a partner twice); and as the facet values a partner may hold ({@code held}, facet name to values)
     * with, when it can also be met another way (the partner's own words, its stories), the set of those partners
     * ({@code otherwise}, null when there is no other way): what {@link DirectorySets} tests in memory.
     */
    private record Condition(String probe, String holders, Map<String, Collection<String>> held, String otherwise) {
    }

    /** A constraint as the directory's sets in memory test it: the values held, and the partners meeting it otherwise. */
    record Requirement(Map<String, Collection<String>> held, Set<String> otherwise) {
    }

    /**
     * The constraints that name a value, as {@link DirectorySets} tests them; the partners meeting one by their own words
     * or their stories are read here (a set of the few that leave the facet empty, or of the stories' partners).
     */
    Map<Facet, Requirement> requirements(Map<Facet, Set<String>> constraints, Map<Facet, Set<String>> described,
            Vocabulary vocabulary) {
        var params = new MapSqlParameterSource();
        Map<Facet, Requirement> requirements = new LinkedHashMap<>();
        conditions(constraints, described, vocabulary, params).forEach((facet, c) -> {
            Set<String> otherwise = new java.util.HashSet<>();
            if (c.otherwise() != null) {
                otherwise.addAll(named.queryForList(c.otherwise(), params, String.class));
                otherwise.remove(null); // a story filed under no partner
            }
            requirements.put(facet, new Requirement(c.held(), otherwise));
        });
        return requirements;
    }

    /** What {@link #everyPartner} hands over for each partner. */
    interface PartnerRow {
        void accept(Candidate candidate, boolean active);
    }

    /** Every partner's ranking facts and whether it is active: one read of the directory for {@link DirectorySets}. */
    void everyPartner(PartnerRow row) {
        jdbc.query("SELECT p.id, p.satisfaction, p.tier, p.certifications, p.active FROM partner p",
                rs -> {
                    row.accept(candidate(rs, 0), rs.getBoolean(5));
                });
    }

    /** What {@link #everyHolding} hands over for each facet value. */
    interface Holding {
        void accept(String facet, String value, List<String> partnerIds);
    }

    /** Every facet value with the partners holding it, a row per value (not per partner and value: 148 rows, not 1.5M). */
    void everyHolding(Holding holding) {
        jdbc.query("SELECT facet, val, ARRAY_AGG(partner_id) FROM partner_facet GROUP BY facet, val", rs -> {
            java.sql.Array ids = rs.getArray(3);
            List<String> partnerIds = new ArrayList<>();
            for (Object id : (Object[]) ids.getArray()) {
                partnerIds.add((String) id);
            }
            ids.free();
            holding.accept(rs.getString(1), rs.getString(2), partnerIds);
        });
    }

    /** The conditions of the constraints that name a value, in their order; their parameters go into {@code params}. */
    private Map<Facet, Condition> conditions(Map<Facet, Set<String>> constraints, Map<Facet, Set<String>> describedBy,
            Vocabulary vocabulary, MapSqlParameterSource params) {
        Map<Facet, Condition> conditions = new LinkedHashMap<>();
        int i = 0;
        for (var constraint : constraints.entrySet()) {
            Facet facet = constraint.getKey();
            if (constraint.getValue().isEmpty()) {
                continue;
            }
            String p = "v" + i++;
            if (facet == Facet.CASE_STUDY_INDUSTRY) {
                String stories = " document d JOIN document_facet df ON df.document_id = d.id WHERE d.kind = 'case_study'"
                        + " AND df.facet = 'INDUSTRY' AND df.val IN (:" + p + ")";
                conditions.put(facet, new Condition("EXISTS (SELECT 1 FROM" + stories + " AND d.partner_id = p.id)",
                        "SELECT d.partner_id FROM" + stories, Map.of(), "SELECT DISTINCT d.partner_id FROM" + stories));
                // a story's facts name the general industry ("Healthcare") where the directory says "Healthcare &
                // Pharma"
                params.addValue(p, vocabulary.withConceptsOf(Facet.INDUSTRY, constraint.getValue()));
                continue;
            }
            // the facet's values a partner may hold (a region: also its countries), and its words in a description
            Map<String, Collection<String>> held = new LinkedHashMap<>();
            if (facet == Facet.REGION) {
                Vocabulary.Coverage coverage = vocabulary.coverage(constraint.getValue());
                held.put("REGION", coverage.regions());
                if (!coverage.countries().isEmpty()) {
                    held.put("COUNTRY", coverage.countries());
                }
            } else {
                held.put(facet.name(), constraint.getValue());
            }
            List<String> described = facet == Facet.REGION ? List.of()
                    : describedBy.getOrDefault(facet, Set.of()).stream().filter(w -> w.length() >= 3).toList();
            List<String> words = new ArrayList<>();
            for (int w = 0; w < described.size(); w++) {
                // from the start of a word: "shop" is in "online shops", not in "workshops"; a word of three letters is
                // a whole word ("SOC", not "socket")
                words.add(".description_words LIKE :" + p + "d" + w);
                String word = wordsOf(described.get(w)).strip().replace("%", "").replace("_", "");
                params.addValue(p + "d" + w, "% " + word + (word.length() < 4 ? " %" : "%"));
            }
            // the probe's partner row is p, the set's d
            List<String> anyValue = new ArrayList<>();
            List<String> set = new ArrayList<>();
            held.forEach((f, values) -> {
                String name = p + f.toLowerCase(java.util.Locale.ROOT); // a region's two facets, each its own parameter
                params.addValue(name, values);
                anyValue.add("(f.facet = '" + f + "' AND f.val IN (:" + name + "))");
                set.add("SELECT partner_id FROM partner_facet WHERE facet = '" + f + "' AND val IN (:" + name + ")");
            });
            StringBuilder probe = new StringBuilder("(EXISTS (SELECT 1 FROM partner_facet f WHERE f.partner_id = p.id AND (")
                    .append(String.join(" OR ", anyValue)).append("))");
            String otherwise = null;
            if (!words.isEmpty()) {
                // a partner that leaves the facet empty (V694 lists them) meets it by its own words
                probe.append(" OR (NOT EXISTS (SELECT 1 FROM partner_facet e WHERE e.partner_id = p.id AND e.facet = '")
                        .append(facet.name()).append("') AND (")
                        .append(String.join(" OR ", words.stream().map(w -> "p" + w).toList())).append("))");
                otherwise = "SELECT e.partner_id FROM partner_empty_facet e JOIN partner d ON d.id = e.partner_id"
                        + " WHERE e.facet = '" + facet.name() + "' AND ("
                        + String.join(" OR ", words.stream().map(w -> "d" + w).toList()) + ")";
                set.add(otherwise);
            }
            // UNION ALL: whoever reads a set as a set (IN, INTERSECT, EXCEPT, DISTINCT) drops the duplicates anyway
            conditions.put(facet, new Condition(probe.append(")").toString(), String.join(" UNION ALL ", set),
                    held, otherwise));
        }
        return conditions;
    }

    /** A page of partners by id, optionally filtered the same way as {@link #matching}. */
    public List<Partner> page(Map<Facet, Set<String>> constraints, boolean includeInactive, Vocabulary vocabulary,
            int offset, int limit) {
        var params = new MapSqlParameterSource().addValue("offset", offset).addValue("limit", limit);
        String where = where(constraints, includeInactive, vocabulary, params);
        return findAll(named.queryForList("SELECT p.id FROM partner p WHERE " + where
                + " ORDER BY p.id LIMIT :limit OFFSET :offset", params, String.class));
    }

    public int count(Map<Facet, Set<String>> constraints, boolean includeInactive, Vocabulary vocabulary) {
        return count(constraints, Map.of(), includeInactive, vocabulary);
    }

    public int count(Map<Facet, Set<String>> constraints, Map<Facet, Set<String>> described, boolean includeInactive,
            Vocabulary vocabulary) {
        var params = new MapSqlParameterSource();
        String where = where(constraints, described, includeInactive, vocabulary, params);
        Integer count = named.queryForObject("SELECT count(*) FROM partner p WHERE " + where, params, Integer.class);
        return count == null ? 0 : count;
    }

    /**
     * For each constraint, how many partners meet all the others: what dropping it alone would let through (0 when it is
     * the only one). One read of each constraint's set of partners, where asking for each count in turn read every set
     * but one again, once per constraint.
     */
    public Map<Facet, Integer> countsWithoutEach(Map<Facet, Set<String>> constraints, Map<Facet, Set<String>> described,
            boolean includeInactive, Vocabulary vocabulary) {
        var params = new MapSqlParameterSource();
        Map<Facet, Condition> byFacet = conditions(constraints, described, vocabulary, params);
        List<Condition> conditions = List.copyOf(byFacet.values());
        Map<Facet, Integer> counts = new LinkedHashMap<>();
        if (constraints.size() < 2) {
            constraints.keySet().forEach(facet -> counts.put(facet, 0)); // dropping the only one lets nothing through
            return counts;
        }
        if (conditions.size() < 2) {
            // one constraint names a value at most (one naming none constrains nothing): a count or two, one by one
            constraints.keySet().forEach(facet -> {
                Map<Facet, Set<String>> others = new LinkedHashMap<>(constraints);
                others.remove(facet);
                counts.put(facet, count(others, described, includeInactive, vocabulary));
            });
            return counts;
        }
        // each partner with the bit of each constraint it meets (as often as a set names it: OR-ed, a bit counts once)
        List<String> bits = new ArrayList<>();
        for (int c = 0; c < conditions.size(); c++) {
            bits.add("SELECT partner_id, " + (1 << c) + " AS bit FROM (" + conditions.get(c).holders() + ") h" + c);
        }
        int all = (1 << conditions.size()) - 1;
        // only a partner missing one constraint at most counts for any of them, and no partner row is read: the inactive
        // are listed by V697's index (the sets made distinct and joined to the partner rows took twice as long)
        List<String> missingOneAtMost = new ArrayList<>(List.of(String.valueOf(all)));
        for (int c = 0; c < conditions.size(); c++) {
            missingOneAtMost.add(String.valueOf(all & ~(1 << c)));
        }
        Map<Integer, Integer> partnersByMet = new HashMap<>();
        named.query("SELECT t.met, count(*) FROM (SELECT m.partner_id, bit_or(m.bit) AS met FROM (" + String.join(" UNION ALL ", bits)
                + ") m GROUP BY m.partner_id HAVING bit_or(m.bit) IN (" + String.join(", ", missingOneAtMost) + ")) t"
                + (includeInactive ? "" : " WHERE t.partner_id NOT IN (SELECT id FROM partner WHERE active = FALSE)")
                + " GROUP BY t.met", params, rs -> {
                    partnersByMet.put(rs.getInt(1), rs.getInt(2));
                });
        List<Facet> constrained = List.copyOf(byFacet.keySet());
        for (Facet facet : constraints.keySet()) {
            int index = constrained.indexOf(facet);
            int excused = index < 0 ? 0 : 1 << index; // a facet naming no value constrains nothing
            int count = 0;
            for (var met : partnersByMet.entrySet()) {
                if ((all & ~met.getKey() & ~excused) == 0) {
                    count += met.getValue();
                }
            }
            counts.put(facet, count);
        }
        return counts;
    }

    public boolean delete(String id) {
        boolean deleted = jdbc.update("DELETE FROM partner WHERE id = ?", id) == 1;
        if (deleted) {
            raiseChangeCounter();
        }
        return deleted;
    }

    /**
     * Every value present in the data, per facet: the vocabulary questions are understood against. On PostgreSQL the
     * index on (facet, val) is walked from one value to the next, one probe per distinct value, so the cost follows
     * the taxonomy's size and not the directory's (a DISTINCT read every row: 1,000,000 at 100,000 partners).
     */
    public Map<Facet, Set<String>> knownValues() {
        Map<Facet, Set<String>> known = new EnumMap<>(Facet.class);
        jdbc.query(postgres() ? DISTINCT_VALUES_BY_INDEX : "SELECT DISTINCT facet, val FROM partner_facet", rs -> {
            known.computeIfAbsent(Facet.valueOf(rs.getString(1)), k -> new java.util.TreeSet<>()).add(rs.getString(2));
        });
        return known;
    }

    private static final String DISTINCT_VALUES_BY_INDEX = """
            WITH RECURSIVE v(facet, val) AS (
                SELECT f.facet, (SELECT min(p.val) FROM partner_facet p WHERE p.facet = f.facet)
                FROM unnest(CAST(ARRAY[%s] AS varchar[])) AS f(facet)
                UNION ALL
                SELECT v.facet, (SELECT min(p.val) FROM partner_facet p WHERE p.facet = v.facet AND p.val > v.val)
                FROM v WHERE v.val IS NOT NULL)
            SELECT facet, val FROM v WHERE val IS NOT NULL""".formatted(java.util.Arrays.stream(Facet.values())
            .map(f -> "'" + f.name() + "'").collect(java.util.stream.Collectors.joining(", ")));

    private volatile Boolean postgres;

    private boolean postgres() {
        if (postgres == null) {
            postgres = com.consort.knowledge.StorageKind.of(jdbc.getDataSource())
                    == com.consort.knowledge.StorageKind.POSTGRES;
        }
        return postgres;
    }

    /** How many partners have each value, per facet: the taxonomy learnt from the directory, with its use. */
    public Map<Facet, Map<String, Integer>> valueCounts() {
        Map<Facet, Map<String, Integer>> counts = new EnumMap<>(Facet.class);
        jdbc.query("SELECT facet, val, COUNT(*) FROM partner_facet GROUP BY facet, val ORDER BY facet, val", rs -> {
            counts.computeIfAbsent(Facet.valueOf(rs.getString(1)), k -> new TreeMap<>()).put(rs.getString(2), rs.getInt(3));
        });
        return counts;
    }

    /**
     * Files every partner's {@code from} of the facet under {@code into} (kept once where a partner has both),
     * and the case studies' industry the same way; returns the ids of the partners changed. Run it in a transaction.
     */
    List<String> renameValue(Facet facet, String from, String into) {
        List<String> changed = jdbc.queryForList("SELECT partner_id FROM partner_facet WHERE facet = ? AND val = ? ORDER BY partner_id",
                String.class, facet.name(), from);
        jdbc.update("DELETE FROM partner_facet WHERE facet = ? AND val = ? AND partner_id IN "
                + "(SELECT partner_id FROM partner_facet WHERE facet = ? AND val = ?)", facet.name(), from, facet.name(), into);
        jdbc.update("UPDATE partner_facet SET val = ? WHERE facet = ? AND val = ?", into, facet.name(), from);
        if ((facet == Facet.TIER || facet == Facet.CERTIFICATION) && !changed.isEmpty()) {
            // a tier renamed, or two certifications merged into one: the rows' ranking facts follow
            named.update(RANKING_FACTS + " WHERE id IN (:ids)", new MapSqlParameterSource("ids", changed));
        }
        if (facet == Facet.INDUSTRY) {
            jdbc.update("DELETE FROM document_facet WHERE facet = 'INDUSTRY' AND val = ? AND document_id IN "
                    + "(SELECT document_id FROM document_facet WHERE facet = 'INDUSTRY' AND val = ?)", from, into);
            jdbc.update("UPDATE document_facet SET val = ? WHERE facet = 'INDUSTRY' AND val = ?", into, from);
        }
        if (!changed.isEmpty()) {
            raiseChangeCounter();
        }
        return changed;
    }

    /**
     * A partner's own words (name and description, as {@link #wordsOf} stores them) with the values it lists of the
     * facets a description can say ({@link Constraints#DESCRIBABLE}).
     */
    public record Profile(String words, Map<Facet, Set<String>> values) {
    }

    /**
     * The first {@code limit} partners by id that have a description, with their industries and specialisations: what
     * the directory's own words teach about its values. Bounded, so that its cost is the same at any directory size.
     */
    public List<Profile> profiles(int limit) {
        Map<String, String> words = new LinkedHashMap<>();
        Map<String, Map<Facet, Set<String>>> values = new java.util.HashMap<>();
        String facets = Constraints.DESCRIBABLE.stream().map(f -> "'" + f.name() + "'").collect(java.util.stream.Collectors.joining(", "));
        jdbc.query("SELECT s.id, s.description_words, f.facet, f.val FROM (SELECT id, description_words FROM partner"
                + " WHERE description IS NOT NULL ORDER BY id LIMIT ?) s LEFT JOIN partner_facet f ON f.partner_id = s.id"
                + " AND f.facet IN (" + facets + ")", rs -> {
                    words.putIfAbsent(rs.getString(1), rs.getString(2));
                    if (rs.getString(3) != null) {
                        values.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Facet.class))
                                .computeIfAbsent(Facet.valueOf(rs.getString(3)), k -> new java.util.TreeSet<>()).add(rs.getString(4));
                    }
                }, limit);
        List<Profile> profiles = new ArrayList<>();
        words.forEach((id, text) -> profiles.add(new Profile(text == null ? "" : text, values.getOrDefault(id, Map.of()))));
        return profiles;
    }

    /** Names of all partners, for recognising a partner named in a question. */
    public Map<String, String> namesById() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.query("SELECT id, name FROM partner ORDER BY id", rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        return names;
    }

    private Partner map(ResultSet rs, Map<Facet, List<String>> facets) throws SQLException {
        String extra = rs.getString("extra");
        Double satisfaction = rs.getObject("satisfaction") == null ? null : rs.getDouble("satisfaction");
        return new Partner(rs.getString("id"), rs.getString("name"), rs.getString("description"),
                rs.getString("website"), rs.getBoolean("active"), satisfaction, facets,
                extra == null ? Map.of() : json.readValue(extra, new TypeReference<Map<String, String>>() { }));
    }
}

package com.consort.server.taxonomy;

import com.consort.knowledge.Facet;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.PartnerRepository;
import com.consort.knowledge.Taxonomy;
import com.consort.knowledge.Vocabulary;
import com.consort.server.audit.AuditLog;
import com.consort.server.security.ConsortPrincipal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The vendor's own vocabulary, stored in the database and applied to the {@link Vocabulary} at once: the
 * import and question reading use a change from the next row and the next question on, no restart. Every
 * change is checked against the directory (a synonym points at a value partners use), written with the
 * version it was based on (a concurrent edit is refused, not lost), audited in the same transaction, and
 * picked up by the other instances within {@code consort.taxonomy.refresh}.
 */
@Service
public class Taxonomies implements SmartLifecycle {

    /** The change was based on a version another admin or instance has replaced meanwhile, or clashes with what is there. */
    public static final class ConflictException extends RuntimeException {
        ConflictException(String message) {
            super(message);
        }
    }

    /** The stored taxonomy and the version it has (0: none stored yet). */
    public record Stored(Taxonomy taxonomy, long version, Instant updatedAt, String updatedBy) {
        static final Stored NONE = new Stored(Taxonomy.EMPTY, 0, null, null);
    }

    private static final Logger log = LoggerFactory.getLogger(Taxonomies.class);
    private static final String ROW = "vendor";
    private static final int MAX_PHRASE = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Vocabulary vocabulary;
    private final PartnerRepository partners;
    private final PartnerDirectory directory;
    private final AuditLog audit;
    private final Duration refresh;
    private final TaskScheduler scheduler;
    private volatile long applied = -1;
    private ScheduledFuture<?> refreshing;

    Taxonomies(JdbcClient jdbc, TransactionTemplate transactions, Vocabulary vocabulary, PartnerRepository partners,
            PartnerDirectory directory, AuditLog audit, TaskScheduler scheduler,
            @Value("${consort.taxonomy.refresh:10s}") Duration refresh) {
        this.scheduler = scheduler;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.vocabulary = vocabulary;
        this.partners = partners;
        this.directory = directory;
        this.audit = audit;
        this.refresh = refresh;
    }

    /** The taxonomy as stored now (read from the database, not the copy in use). */
    public Stored stored() {
        return jdbc.sql("SELECT document, version, updated_at, updated_by FROM vendor_taxonomy WHERE id = ?").param(ROW)
                .query((rs, i) -> new Stored(Taxonomy.fromYaml(rs.getString(1)), rs.getLong(2),
                        rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .optional().orElse(Stored.NONE);
    }

    /**
     * Stores {@code initial} (a demo's vocabulary beside its data) when no taxonomy is stored yet, so that it
     * is the vendor's to edit from then on; a stored taxonomy always wins.
     */
    public void seed(Taxonomy initial, String source) {
        try {
            transactions.executeWithoutResult(status -> {
                if (stored().version() == 0) {
                    write(initial, 0);
                    audit.record(AuditLog.SYSTEM_ACTOR, null, "taxonomy.seeded", "taxonomy", "from " + source);
                }
            });
        } catch (DuplicateKeyException e) {
            log.debug("Another instance seeded the taxonomy first");
        }
        reload();
    }

    /** Adds {@code phrase} as another name of the directory value {@code value}. */
    public Taxonomy addSynonym(Facet facet, String value, String phrase) {
        String name = phrase(phrase);
        String target = directoryValue(facet, value).orElseThrow(() -> new IllegalArgumentException("The directory has no "
                + facet.filterKey() + " value '" + value + "': a synonym must point at a value partners use"));
        if (vocabulary.coded(facet)) {
            throw new IllegalArgumentException(facet.filterKey() + " are read with the ISO registry's names in every "
                    + "language; merge a misspelt stored value into its code instead");
        }
        Optional<String> itself = directoryValue(facet, name);
        if (itself.isPresent() && !itself.get().equals(target)) {
            throw new ConflictException("'" + name + "' is itself a value of " + facet.filterKey() + "; merge the two "
                    + "spellings instead");
        }
        if (itself.isPresent()) {
            throw new IllegalArgumentException("'" + name + "' is already the name of " + target);
        }
        return change("taxonomy.synonym-added", facet.filterKey() + ":" + target, "'" + name + "' means " + target, t -> {
            Optional<String> owner = t.valueNamed(facet, name);
            if (owner.isPresent() && !owner.get().equals(target)) {
                throw new ConflictException("'" + name + "' already means " + owner.get() + "; remove it there first");
            }
            return t.withName(facet, target, name);
        });
    }

    public Taxonomy removeSynonym(Facet facet, String value, String phrase) {
        return change("taxonomy.synonym-removed", facet.filterKey() + ":" + value, "'" + phrase + "' no longer means " + value, t -> {
            if (t.values().getOrDefault(facet, Map.of()).getOrDefault(value, List.of()).stream().noneMatch(n -> n.equalsIgnoreCase(phrase))) {
                throw new java.util.NoSuchElementException("'" + phrase + "' is not a name of " + facet.filterKey() + " value '" + value + "'");
            }
            return t.withoutName(facet, value, phrase);
        });
    }

    /** Sets the order of the tiers, best first; every tier must be one the directory uses. Empty: learnt again. */
    public Taxonomy setTierOrder(List<String> tiers) {
        List<String> order = new ArrayList<>();
        for (String tier : tiers) {
            String known = directoryValue(Facet.TIER, tier == null ? "" : tier.strip()).orElseThrow(() -> new IllegalArgumentException(
                    "The directory has no tier '" + tier + "'; its tiers are " + String.join(", ", directoryValues(Facet.TIER))));
            if (order.contains(known)) {
                throw new IllegalArgumentException("The tier " + known + " is named twice");
            }
            order.add(known);
        }
        return change("taxonomy.tier-order-set", "taxonomy:tiers", order.isEmpty() ? "learnt from the directory" : String.join(" > ", order),
                t -> t.withTierOrder(order));
    }

    public record Merge(Taxonomy taxonomy, List<String> partnersUpdated) {
    }

    /**
     * Merges two spellings of one value: the partners with {@code from} get {@code into} (and their profiles
     * are indexed again), and {@code from} becomes another name of {@code into}, so that the next import and
     * the next question read it as {@code into}.
     */
    public Merge merge(Facet facet, String from, String into) {
        String source = directoryValue(facet, from).filter(v -> v.equals(from)).orElseThrow(() -> new IllegalArgumentException(
                "The directory has no " + facet.filterKey() + " value '" + from + "' to merge"));
        String target = directoryValue(facet, into).filter(v -> v.equals(into)).orElseThrow(() -> new IllegalArgumentException(
                "The directory has no " + facet.filterKey() + " value '" + into + "' to merge into"));
        if (source.equals(target)) {
            throw new IllegalArgumentException("Choose two different values to merge");
        }
        List<String> changed = new ArrayList<>();
        Taxonomy merged = change("taxonomy.merged", facet.filterKey() + ":" + target, "'" + source + "' merged into " + target, t -> {
            changed.addAll(directory.renameValues(facet, source, target));
            return t.merged(facet, source, target);
        });
        directory.reindexProfiles(changed);
        return new Merge(merged, changed);
    }

    /** Replaces the whole taxonomy with a YAML document (the export's shape); a document that is not one changes nothing. */
    public Taxonomy replace(String yaml) {
        Taxonomy next = Taxonomy.fromYaml(yaml);
        return change("taxonomy.imported", "taxonomy", summary(next), t -> next);
    }

    /** What a taxonomy names that the directory does not use (yet): kept, and said. */
    public List<String> notInDirectory(Taxonomy taxonomy) {
        Map<Facet, Map<String, Integer>> counts = partners.valueCounts();
        List<String> notes = new ArrayList<>();
        taxonomy.values().forEach((facet, values) -> values.keySet().stream()
                .filter(v -> !counts.getOrDefault(facet, Map.of()).containsKey(v))
                .forEach(v -> notes.add(facet.filterKey() + ": no partner has '" + v + "' yet; its names apply once one does")));
        taxonomy.tierOrder().stream().filter(t -> !counts.getOrDefault(Facet.TIER, Map.of()).containsKey(t))
                .forEach(t -> notes.add("tierOrder: no partner has the tier '" + t + "' yet"));
        return notes;
    }

    private static String summary(Taxonomy t) {
        int names = t.values().values().stream().mapToInt(byValue -> byValue.values().stream().mapToInt(List::size).sum()).sum();
        return t.values().values().stream().mapToInt(Map::size).sum() + " values with " + names + " other names"
                + (t.tierOrder().isEmpty() ? "" : ", tiers " + String.join(" > ", t.tierOrder()));
    }

    /** Applies {@code edit} to the stored taxonomy in one transaction with its audit row, then uses the result at once. */
    private synchronized Taxonomy change(String action, String target, String detail, UnaryOperator<Taxonomy> edit) {
        Taxonomy next;
        try {
            next = transactions.execute(status -> {
                Stored current = stored();
                Taxonomy edited = edit.apply(current.taxonomy());
                write(edited, current.version());
                audit.record(action, target, detail);
                return edited;
            });
        } catch (DuplicateKeyException e) {
            throw new ConflictException("The taxonomy was changed meanwhile; reload it and try again");
        }
        reload();
        return next;
    }

    private void write(Taxonomy taxonomy, long basedOn) {
        Timestamp now = Timestamp.from(Instant.now());
        String by = actor();
        if (basedOn == 0) {
            jdbc.sql("INSERT INTO vendor_taxonomy (id, document, version, updated_at, updated_by) VALUES (?, ?, 1, ?, ?)")
                    .params(ROW, taxonomy.toYaml(), now, by).update();
        } else if (jdbc.sql("UPDATE vendor_taxonomy SET document = ?, version = version + 1, updated_at = ?, updated_by = ? "
                + "WHERE id = ? AND version = ?").params(taxonomy.toYaml(), now, by, ROW, basedOn).update() == 0) {
            throw new ConflictException("The taxonomy was changed meanwhile; reload it and try again");
        }
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ConsortPrincipal principal
                ? principal.subject() : AuditLog.SYSTEM_ACTOR;
    }

    /** Uses the stored taxonomy when its version is not the one in use (changed here, or on another instance). */
    synchronized void reload() {
        Stored stored = stored();
        if (stored.version() != applied) {
            vocabulary.useVendor(stored.taxonomy());
            applied = stored.version();
        }
    }

    /** The directory's own spelling of a value of the facet (case-, accent- and punctuation-insensitive), if partners use it. */
    private Optional<String> directoryValue(Facet facet, String value) {
        String wanted = key(value);
        return directoryValues(facet).stream().filter(v -> v.equals(value)).findFirst()
                .or(() -> directoryValues(facet).stream().filter(v -> key(v).equals(wanted)).findFirst());
    }

    private List<String> directoryValues(Facet facet) {
        return List.copyOf(partners.knownValues().getOrDefault(facet, java.util.Set.of()));
    }

    private static String key(String text) {
        return Vocabulary.meaningKey(text == null ? "" : text).toLowerCase(Locale.ROOT);
    }

    private static String phrase(String phrase) {
        String name = phrase == null ? "" : phrase.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > MAX_PHRASE) {
            throw new IllegalArgumentException("A synonym is a phrase of 1 to " + MAX_PHRASE + " characters");
        }
        return name;
    }

    @Override
    public synchronized void start() {
        try {
            reload();
        } catch (RuntimeException e) {
            log.warn("The stored taxonomy could not be read; the base vocabulary is used until it can: {}", e.toString());
        }
        refreshing = scheduler.scheduleWithFixedDelay(() -> {
            try {
                reload();
            } catch (RuntimeException e) {
                log.warn("Taxonomy refresh failed; retrying: {}", e.toString());
            }
        }, Instant.now().plus(refresh), refresh);
    }

    @Override
    public synchronized void stop() {
        if (refreshing != null) {
            refreshing.cancel(true);
            refreshing = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return refreshing != null;
    }
}

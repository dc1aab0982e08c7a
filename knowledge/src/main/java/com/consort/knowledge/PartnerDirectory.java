package com.consort.knowledge;

import io.micrometer.core.instrument.Metrics;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.transaction.support.TransactionTemplate;

/** The partner directory: import, read, delete; every partner's profile is also indexed for search. */
public class PartnerDirectory {

    private final PartnerRepository partners;
    private final Reader importer;
    private final DocumentIngestor ingestor;
    private final Vocabulary vocabulary;
    private final TransactionTemplate transactions;

    public PartnerDirectory(PartnerRepository partners, Reader importer, DocumentIngestor ingestor,
            Vocabulary vocabulary, TransactionTemplate transactions) {
        this.partners = partners;
        this.importer = importer;
        this.ingestor = ingestor;
        this.vocabulary = vocabulary;
        this.transactions = transactions;
    }

    /** Reads a partner file (CSV or JSON Lines) into partners, rejected rows and warnings; implemented behind the door. */
    public interface Reader {
        /** @param existing the values the directory already holds per facet, which a file's values are read against */
        Read parse(InputStream in, ImportFormat format, Map<Facet, ? extends Collection<String>> existing);
    }

    /** What a {@link Reader} read from a file. */
    public record Read(List<Partner> partners, List<ImportReport.RejectedRow> rejected, List<ImportReport.Warning> warnings) {
    }

    /** Hears how many partners of the file are saved and indexed so far. */
    public interface Progress {
        void update(int done, int total);
    }

    private static final int PROFILE_BATCH = 32;

    public ImportReport importFile(InputStream in, ImportFormat format) {
        return importFile(in, format, (done, total) -> { });
    }

    public ImportReport importFile(InputStream in, ImportFormat format, Progress progress) {
        Read parsed = importer.parse(in, format, partners.knownValues());
        AtomicInteger created = new AtomicInteger();
        AtomicInteger updated = new AtomicInteger();
        List<Partner> batch = new ArrayList<>();
        int total = parsed.partners().size();
        for (Partner partner : parsed.partners()) {
            // one partner per transaction: a failure loses that partner only, never the rest of the file
            transactions.executeWithoutResult(status -> {
                (partners.save(partner) ? created : updated).incrementAndGet();
            });
            batch.add(partner);
            if (batch.size() == PROFILE_BATCH) {
                indexProfiles(batch);
                progress.update(created.get() + updated.get(), total);
            }
        }
        indexProfiles(batch);
        progress.update(created.get() + updated.get(), total);
        Metrics.counter("consort.import.rows", "outcome", "accepted").increment(created.get() + updated.get());
        Metrics.counter("consort.import.rows", "outcome", "rejected").increment(parsed.rejected().size());
        // accepted rows that kept a value the vocabulary does not know (counted once per row, not per value)
        Metrics.counter("consort.import.rows", "outcome", "warned")
                .increment(parsed.warnings().stream().mapToLong(ImportReport.Warning::line).distinct().count());
        return new ImportReport(created.get(), updated.get(), parsed.rejected(), parsed.warnings());
    }

    public Optional<Partner> find(String id) {
        return partners.find(id);
    }

    public List<Partner> page(Map<Facet, Set<String>> filters, boolean includeInactive, int offset, int limit) {
        return partners.page(filters, includeInactive, vocabulary, offset, limit);
    }

    public int count(Map<Facet, Set<String>> filters, boolean includeInactive) {
        return partners.count(filters, includeInactive, vocabulary);
    }

    /** Deletes the partner and its profile; its documents stay, unlinked, for the vendor to keep or delete. */
    public boolean delete(String id) {
        ingestor.delete(profileId(id));
        return partners.delete(id);
    }

    /**
     * Files every partner's {@code from} of the facet under {@code into}, in the caller's transaction (a merge of
     * two spellings); returns the ids of the partners changed, whose profiles {@link #reindexProfiles} writes again.
     */
    public List<String> renameValues(Facet facet, String from, String into) {
        return partners.renameValue(facet, from, into);
    }

    /** Indexes the profiles of these partners again, from the directory as it is now. */
    public void reindexProfiles(List<String> ids) {
        for (int i = 0; i < ids.size(); i += PROFILE_BATCH) {
            indexProfiles(new ArrayList<>(partners.findAll(ids.subList(i, Math.min(ids.size(), i + PROFILE_BATCH)))));
        }
    }

    public static String profileId(String partnerId) {
        return "profile-" + partnerId;
    }

    private void indexProfiles(List<Partner> batch) {
        ingestor.indexTexts(batch.stream().map(p -> new DocumentIngestor.TextDocument(profileId(p.id()), DocumentKind.PROFILE,
                p.id(), p.name() + " (partner profile)", profileText(p))).toList());
        batch.clear();
    }

    /** The profile as prose, so that a question's wording meets the directory's facts in one embedding space. */
    String profileText(Partner p) {
        StringBuilder text = new StringBuilder(p.name());
        text.append(" is ").append(p.tier() == null ? "a" : "a " + p.tier()).append(' ')
                .append(p.type() == null ? "partner" : p.type().endsWith("Partner") ? p.type() : p.type() + " partner")
                .append(".\n\n");
        appendFacet(text, "Regions", p, Facet.REGION);
        appendFacet(text, "Countries", p, Facet.COUNTRY);
        appendFacet(text, "Languages", p, Facet.LANGUAGE);
        appendFacet(text, "Industries", p, Facet.INDUSTRY);
        appendFacet(text, "Specializations", p, Facet.SPECIALIZATION);
        appendFacet(text, "Certifications", p, Facet.CERTIFICATION);
        appendFacet(text, "Integrations", p, Facet.INTEGRATION);
        appendFacet(text, "Templates", p, Facet.TEMPLATE);
        if (p.description() != null) {
            text.append("\n").append(p.description());
        }
        return text.toString();
    }

    private void appendFacet(StringBuilder text, String label, Partner p, Facet facet) {
        if (!p.values(facet).isEmpty()) {
            StringJoiner values = new StringJoiner(", ");
            p.values(facet).forEach(v -> values.add(vocabulary.displayName(facet, v)));
            text.append(label).append(": ").append(values).append(".\n");
        }
    }
}

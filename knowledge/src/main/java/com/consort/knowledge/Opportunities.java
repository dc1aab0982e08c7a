package com.consort.knowledge;

import com.consort.knowledge.internal.track.OpportunityColumns;
import com.consort.knowledge.internal.track.OpportunityImporter;
import com.consort.knowledge.internal.track.TrackRecordSettings;
import io.micrometer.core.instrument.Metrics;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.transaction.support.TransactionTemplate;

/** The vendor's CRM opportunities: imported from an export, read back, and behind every track-record reason. */
public class Opportunities {

    /** Rows stored per transaction: a failure mid-file keeps the batches before it, and a re-run completes it. */
    private static final int BATCH = 500;

    public interface Progress {
        void update(int done, int total);
    }

    private final OpportunityRepository repository;
    private final PartnerRepository partners;
    private final Vocabulary vocabulary;
    private final TrackRecord trackRecord;
    private final TransactionTemplate transactions;

    public Opportunities(OpportunityRepository repository, PartnerRepository partners, Vocabulary vocabulary,
            TrackRecord trackRecord, TransactionTemplate transactions) {
        this.repository = repository;
        this.partners = partners;
        this.vocabulary = vocabulary;
        this.trackRecord = trackRecord;
        this.transactions = transactions;
    }

    /**
     * Imports an export, updating rows in place by opportunity id and partner: importing the same file again
     * changes nothing. {@code mapping} names columns for this file beyond the configured and usual names.
     */
    public ImportReport importFile(InputStream in, ImportFormat format, Map<String, String> mapping, Progress progress) {
        TrackRecordSettings settings = trackRecord.settings();
        OpportunityColumns columns = new OpportunityColumns(settings.columns()).with(mapping);
        var importer = new OpportunityImporter(vocabulary, partnerResolver(), settings.defaultCurrency());
        var parsed = importer.parse(in, format, columns);
        AtomicInteger created = new AtomicInteger();
        AtomicInteger updated = new AtomicInteger();
        List<Opportunity> rows = parsed.opportunities();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Opportunity> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            transactions.executeWithoutResult(tx -> batch.forEach(o -> (repository.save(o) ? created : updated).incrementAndGet()));
            progress.update(created.get() + updated.get(), rows.size());
        }
        trackRecord.invalidate();
        Metrics.counter("consort.import.opportunities", "outcome", "accepted").increment(rows.size());
        Metrics.counter("consort.import.opportunities", "outcome", "rejected").increment(parsed.rejected().size());
        return new ImportReport(created.get(), updated.get(), parsed.rejected(), parsed.warnings());
    }

    public ImportReport importFile(InputStream in, ImportFormat format, Map<String, String> mapping) {
        return importFile(in, format, mapping, (done, total) -> { });
    }

    public List<Opportunity> find(OpportunityRepository.Filter filter, int offset, int limit) {
        return repository.find(filter, offset, limit);
    }

    public List<OpportunityRepository.Tally> tally(OpportunityRepository.Filter filter) {
        return repository.tally(filter);
    }

    public List<OpportunityRepository.SegmentTally> segments(OpportunityRepository.Filter filter, OpportunityRepository.Dimension dimension) {
        return repository.segments(filter, dimension);
    }

    /** The median days from created to close of won deals, by partner (computed in SQL). */
    public Map<String, Double> medianDaysToClose(OpportunityRepository.Filter filter) {
        return repository.medianDaysToClose(filter);
    }

    public int count(OpportunityRepository.Filter filter) {
        return repository.count(filter);
    }

    /** A partner named by its id or, folded, by its name as the CRM wrote it. */
    private java.util.function.Function<String, Optional<String>> partnerResolver() {
        Map<String, String> names = partners.namesById();
        Map<String, String> byName = new HashMap<>();
        names.forEach((id, name) -> byName.putIfAbsent(OpportunityRepository.accountKey(name), id));
        return given -> names.containsKey(given) ? Optional.of(given)
                : Optional.ofNullable(byName.get(OpportunityRepository.accountKey(given)));
    }
}

package com.consort.knowledge;

import io.micrometer.core.instrument.Metrics;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionTemplate;

/** The vendor's CRM opportunities: imported from an export, read back, and behind every track-record reason. */
public class Opportunities {

    /** Rows stored per transaction: a failure mid-file keeps the batches before it, and a re-run completes it. */
    private static final int BATCH = 500;

    public interface Progress {
        void update(int done, int total);
    }

    /** Reads a CRM export (CSV or JSON Lines) into opportunities, rejected rows and warnings; implemented behind the door. */
    public interface Reader {
        /**
         * @param settings   the configured column names and default currency
         * @param mapping    column names for this file beyond the configured and usual names
         * @param partnerIds the directory's partner id for a partner id or name as the CRM wrote it
         */
        Read read(InputStream in, ImportFormat format, TrackRecordSettings settings, Map<String, String> mapping,
                Function<String, Optional<String>> partnerIds);
    }

    /** What a {@link Reader} read from a file. */
    public record Read(List<Opportunity> opportunities, List<ImportReport.RejectedRow> rejected,
            List<ImportReport.Warning> warnings) {
    }

    private final OpportunityRepository repository;
    private final PartnerRepository partners;
    private final Reader reader;
    private final TrackRecord trackRecord;
    private final TransactionTemplate transactions;

    public Opportunities(OpportunityRepository repository, PartnerRepository partners, Reader reader,
            TrackRecord trackRecord, TransactionTemplate transactions) {
        this.repository = repository;
        this.partners = partners;
        this.reader = reader;
        this.trackRecord = trackRecord;
        this.transactions = transactions;
    }

    /**
     * Imports an export, updating rows in place by opportunity id and partner: importing the same file again
     * changes nothing. {@code mapping} names columns for this file beyond the configured and usual names.
     */
    public ImportReport importFile(InputStream in, ImportFormat format, Map<String, String> mapping, Progress progress) {
        var parsed = reader.read(in, format, trackRecord.settings(), mapping, partnerResolver());
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
    private Function<String, Optional<String>> partnerResolver() {
        Map<String, String> names = partners.namesById();
        Map<String, String> byName = new HashMap<>();
        names.forEach((id, name) -> byName.putIfAbsent(OpportunityRepository.accountKey(name), id));
        return given -> names.containsKey(given) ? Optional.of(given)
                : Optional.ofNullable(byName.get(OpportunityRepository.accountKey(given)));
    }
}

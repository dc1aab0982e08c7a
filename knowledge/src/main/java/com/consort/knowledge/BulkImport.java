package com.consort.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Imports a partner file and a folder of documents, reporting progress. Safe to re-run after an
 * interruption: partners update in place by id and documents are recognised by their content, so a
 * second run completes the first without duplicates.
 */
public class BulkImport {

    public enum Phase { PARTNERS, OPPORTUNITIES, DOCUMENTS, DONE }

    public interface Listener {
        void progress(Phase phase, int done, int total);
    }

    public record Failure(String file, String reason) {
    }

    /** {@code opportunities}: the report of the bundle's CRM export, or null when it has none. */
    public record Summary(ImportReport partners, int documentsIndexed, int documentsAlreadyPresent, List<Failure> failures,
            ImportReport opportunities) {
    }

    private record Entry(String file, DocumentKind kind, String partnerId, String title) {
    }

    private final PartnerDirectory directory;
    private final DocumentIngestor ingestor;
    private final KeywordIndex keywords;
    private final Opportunities opportunities;

    public BulkImport(PartnerDirectory directory, DocumentIngestor ingestor, KeywordIndex keywords, Opportunities opportunities) {
        this.opportunities = opportunities;
        this.directory = directory;
        this.ingestor = ingestor;
        this.keywords = keywords;
    }

    /**
     * @param defaultKind kind of documents not named in a manifest
     */
    public Summary run(BundleSource source, DocumentKind defaultKind, Listener listener) throws IOException {
        ImportReport partners = new ImportReport(0, 0, List.of());
        for (var candidate : List.of("partners.csv", "partners.jsonl")) {
            Optional<InputStream> file = source.open(candidate);
            if (file.isPresent()) {
                try (InputStream in = file.get()) {
                    partners = directory.importFile(in, candidate.endsWith(".csv") ? ImportFormat.CSV
                            : ImportFormat.JSONL, (done, total) -> listener.progress(Phase.PARTNERS, done, total));
                }
                break;
            }
        }
        // after the partners: an opportunity names its partner, who must be in the directory by then
        ImportReport deals = null;
        for (var candidate : List.of("opportunities.csv", "opportunities.jsonl")) {
            Optional<InputStream> file = source.open(candidate);
            if (file.isPresent()) {
                try (InputStream in = file.get()) {
                    deals = opportunities.importFile(in, candidate.endsWith(".csv") ? ImportFormat.CSV
                            : ImportFormat.JSONL, java.util.Map.of(),
                            (done, total) -> listener.progress(Phase.OPPORTUNITIES, done, total));
                }
                break;
            }
        }
        List<Entry> entries = entries(source, defaultKind);
        int indexed = 0;
        int present = 0;
        List<Failure> failures = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            try {
                Optional<InputStream> file = source.open("documents/" + entry.file());
                if (file.isEmpty()) {
                    failures.add(new Failure(entry.file(), "file not found"));
                    continue;
                }
                byte[] content;
                try (InputStream in = file.get()) {
                    content = in.readAllBytes();
                }
                var result = ingestor.ingest(new DocumentIngestor.Upload(content, fileName(entry.file()), entry.kind(),
                        entry.partnerId(), entry.title()));
                if (result.created()) {
                    indexed++;
                } else {
                    present++;
                }
            } catch (RuntimeException e) {
                failures.add(new Failure(entry.file(), e.getMessage()));
            } finally {
                listener.progress(Phase.DOCUMENTS, i + 1, entries.size());
            }
        }
        keywords.refreshStatistics(); // a search right after a large import is as fast as one a minute later
        listener.progress(Phase.DONE, 1, 1);
        return new Summary(partners, indexed, present, failures, deals);
    }

    private static List<Entry> entries(BundleSource source, DocumentKind defaultKind) throws IOException {
        Optional<InputStream> manifest = source.open("documents/documents.csv");
        List<Entry> entries = new ArrayList<>();
        if (manifest.isPresent()) {
            try (var reader = new InputStreamReader(manifest.get(), StandardCharsets.UTF_8)) {
                for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                        .get().parse(reader)) {
                    String kind = row.isMapped("kind") ? row.get("kind") : "";
                    entries.add(new Entry(row.get("file"),
                            kind.isBlank() ? defaultKind : DocumentKind.of(kind).orElse(defaultKind),
                            blankToNull(row.isMapped("partnerId") ? row.get("partnerId") : null),
                            blankToNull(row.isMapped("title") ? row.get("title") : null)));
                }
            }
            return entries;
        }
        for (String file : source.listDocuments()) {
            entries.add(new Entry(file, defaultKind, null, null));
        }
        return entries;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

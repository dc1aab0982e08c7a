package com.consort.knowledge.internal.partner;

import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV import's records one at a time (partners, opportunities): quoting that breaks a record ends them there, and
 * {@link #broken()} says why, so the importer can reject that line and go on or stop.
 */
public final class CsvRecords {

    private final Iterator<CSVRecord> records;
    private String broken;

    public CsvRecords(CSVParser parser) {
        this.records = parser.iterator();
    }

    /** The next record, or null when there are no more or the next one does not parse. */
    public CSVRecord next() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            broken = PartnerImporter.rootMessage(e);
            return null;
        }
    }

    /** Why the records ended before the file did, or null when every one was read. */
    public String broken() {
        return broken;
    }
}

package com.consort.knowledge.internal.partner;

import com.consort.knowledge.ImportReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What an import made of a file's rows, in file order: the accepted records, the rejected rows with their line and
 * reason, and the warnings of accepted rows. A record whose key was already accepted from an earlier line is rejected,
 * so one file never holds a record twice. Shared by the partner and the opportunity importers.
 *
 * @param <T> the record a row becomes
 */
public final class ImportRows<T> {

    /** Reads one row into a record, noting warnings; throws {@link IllegalArgumentException} to reject the row. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(List<String> warnings);
    }

    private final Function<T, String> id;
    private final Function<T, String> key;
    private final String repeated;
    private final Map<String, Long> firstLineOfKey = new HashMap<>();
    private final List<T> accepted = new ArrayList<>();
    private final List<ImportReport.RejectedRow> rejected = new ArrayList<>();
    private final List<ImportReport.Warning> warnings = new ArrayList<>();

    /**
     * @param id the id a report names a row by
     * @param key what may not repeat within one file
     * @param repeated the reason given for a repeated key, followed by the line that had it first
     */
    public ImportRows(Function<T, String> id, Function<T, String> key, String repeated) {
        this.id = id;
        this.key = key;
        this.repeated = repeated;
    }

    /** Reads the row on {@code line}; when it is rejected the report names it by {@code rawId} (may be null). */
    public void add(long line, String rawId, RowReader<T> reader) {
        T record;
        List<String> rowWarnings = new ArrayList<>();
        try {
            record = reader.read(rowWarnings);
        } catch (IllegalArgumentException e) {
            reject(line, rawId, e.getMessage());
            return;
        }
        Long first = firstLineOfKey.putIfAbsent(key.apply(record), line);
        if (first != null) {
            reject(line, id.apply(record), repeated + first);
            return;
        }
        rowWarnings.forEach(w -> warnings.add(new ImportReport.Warning(line, id.apply(record), w)));
        accepted.add(record);
    }

    public void reject(long line, String id, String reason) {
        rejected.add(new ImportReport.RejectedRow(line, id, reason));
    }

    public List<T> accepted() {
        return List.copyOf(accepted);
    }

    public List<ImportReport.RejectedRow> rejected() {
        return List.copyOf(rejected);
    }

    public List<ImportReport.Warning> warnings() {
        return List.copyOf(warnings);
    }
}

package com.consort.knowledge.internal.partner;

import com.consort.knowledge.Facet;
import com.consort.knowledge.ImportFormat;
import com.consort.knowledge.ImportReport;
import com.consort.knowledge.InvalidImportFileException;
import com.consort.knowledge.Partner;
import com.consort.knowledge.Vocabulary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;

/**
 * Reads a partner directory (CSV with a header row, or JSON Lines) into normalised partners. A row is
 * rejected (with its line number and reason) only when it cannot be stored: no id, no name, a number
 * that is not a number; it never stops the good rows around it. A value the vocabulary does not know is
 * kept as the vendor wrote it (cleaned), with a warning naming the nearest known value. Spellings of one
 * value ("CERTIFIED ADMIN", "Certified Admins") become one value, in the directory's most used spelling:
 * never a word the vendor's data does not use.
 */
public class PartnerImporter {

    /** Rows that passed validation, in file order, and the ones that did not. */
    public record Parsed(List<Partner> partners, List<ImportReport.RejectedRow> rejected, List<ImportReport.Warning> warnings) {
    }

    static final Set<String> KNOWN_FIELDS = Set.of("id", "name", "type", "tier", "regions", "countries", "languages",
            "industries", "specializations", "certifications", "integrations", "templates", "description",
            "website", "status", "satisfaction");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final Vocabulary vocabulary;

    public PartnerImporter(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Parsed parse(InputStream in, ImportFormat format) {
        return parse(in, format, Map.of());
    }

    /** {@code existing}: the values the directory already has, whose spellings a new spelling of the same value takes. */
    public Parsed parse(InputStream in, ImportFormat format, Map<Facet, ? extends java.util.Collection<String>> existing) {
        Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Parsed parsed = format == ImportFormat.CSV ? parseCsv(reader) : parseJsonLines(reader);
        return new Parsed(unifySpellings(parsed.partners(), existing), parsed.rejected(), parsed.warnings());
    }

    /** One spelling per meaning and facet: the directory's if it has one, else the one most rows use. */
    static List<Partner> unifySpellings(List<Partner> partners, Map<Facet, ? extends java.util.Collection<String>> existing) {
        Map<Facet, Map<String, String>> chosen = new EnumMap<>(Facet.class);
        Map<Facet, Map<String, Map<String, Integer>>> counts = new EnumMap<>(Facet.class);
        for (Partner partner : partners) {
            partner.facets().forEach((facet, values) -> values.forEach(v -> counts.computeIfAbsent(facet, f -> new HashMap<>())
                    .computeIfAbsent(Vocabulary.meaningKey(v), k -> new LinkedHashMap<>()).merge(v, 1, Integer::sum)));
        }
        counts.forEach((facet, byMeaning) -> byMeaning.forEach((meaning, spellings) -> {
            String spelling = Vocabulary.valuesOf(existing, facet).stream()
                    .filter(v -> Vocabulary.meaningKey(v).equals(meaning)).findFirst()
                    .orElseGet(() -> spellings.entrySet().stream().max(java.util.Comparator
                            .comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                            .thenComparing(e -> !e.getKey().equals(e.getKey().toUpperCase(Locale.ROOT))
                                    && !e.getKey().equals(e.getKey().toLowerCase(Locale.ROOT))))
                            .orElseThrow().getKey());
            chosen.computeIfAbsent(facet, f -> new HashMap<>()).put(meaning, spelling);
        }));
        List<Partner> unified = new ArrayList<>();
        for (Partner p : partners) {
            Map<Facet, List<String>> facets = new EnumMap<>(Facet.class);
            p.facets().forEach((facet, values) -> facets.put(facet, List.copyOf(new LinkedHashSet<>(values.stream()
                    .map(v -> chosen.get(facet).get(Vocabulary.meaningKey(v))).toList()))));
            unified.add(new Partner(p.id(), p.name(), p.description(), p.website(), p.active(), p.satisfaction(), facets, p.extra()));
        }
        return unified;
    }

    /** More broken rows than this and the rest of a file is not read (each costs a re-parse of the rest). */
    private static final int MAX_BROKEN_ROWS = 100;

    private static ImportRows<Partner> partnerRows() {
        return new ImportRows<>(Partner::id, Partner::id, "duplicate id: already on line ");
    }

    private Parsed parseCsv(Reader reader) {
        String text;
        try {
            StringBuilder all = new StringBuilder();
            char[] buffer = new char[64 * 1024];
            for (int read; (read = reader.read(buffer)) > 0; ) {
                all.append(buffer, 0, read);
            }
            text = all.toString();
        } catch (IOException e) {
            throw new InvalidImportFileException("Cannot read the CSV file: " + e.getMessage());
        }
        ImportRows<Partner> rows = partnerRows();
        CSVFormat.Builder format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true);
        List<String> header = null;
        String[] rawHeader = null;
        long firstLine = 1; // the physical line the current segment starts on
        int broken = 0;
        // Broken quoting spoils the row it is on; parsing restarts on the next line, so the rest still imports.
        while (true) {
            CSVFormat csv = header == null ? format.setHeader().setSkipHeaderRecord(true).get()
                    : format.setHeader(rawHeader).setSkipHeaderRecord(false).get();
            long brokenLine = -1;
            String reason = null;
            try (CSVParser parser = csv.parse(new java.io.StringReader(text.substring(offsetOfLine(text, firstLine))))) {
                if (header == null) {
                    rawHeader = parser.getHeaderNames().toArray(String[]::new);
                    header = parser.getHeaderNames().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
                    if (!header.contains("id") || !header.contains("name")) {
                        throw new InvalidImportFileException("The CSV header must have the columns 'id' and 'name'; found " + header);
                    }
                }
                // record numbers count from the segment's first record; the first segment starts with the header
                long lineBase = firstLine == 1 ? 1 : firstLine - 1;
                long line = firstLine == 1 ? 1 : 0; // lines of this segment read so far
                var records = new CsvRecords(parser);
                for (CSVRecord record = records.next(); record != null; record = records.next()) {
                    line = parser.getCurrentLineNumber();
                    Map<String, String> fields = new LinkedHashMap<>();
                    for (int i = 0; i < header.size() && i < record.size(); i++) {
                        fields.put(header.get(i), record.get(i));
                    }
                    if (record.size() > header.size()) {
                        rows.reject(lineBase + record.getRecordNumber(), fields.get("id"),
                                "Row has " + record.size() + " values but the header has " + header.size() + " columns");
                        continue;
                    }
                    rows.add(lineBase + record.getRecordNumber(), text(fields.get("id")), w -> toPartner(fields, w));
                }
                if (records.broken() != null) {
                    brokenLine = firstLine + line;
                    reason = records.broken();
                }
            } catch (IOException e) {
                throw new InvalidImportFileException("Cannot read the CSV file: " + e.getMessage());
            } catch (UncheckedIOException | IllegalArgumentException e) {
                throw new InvalidImportFileException("Cannot read the CSV header: " + rootMessage(e));
            }
            if (brokenLine < 0) {
                break;
            }
            if (++broken > MAX_BROKEN_ROWS) {
                rows.reject(brokenLine, null, "Malformed CSV: more than " + MAX_BROKEN_ROWS
                        + " broken rows, the rest of the file was not read: " + reason);
                break;
            }
            rows.reject(brokenLine, null, "Malformed CSV on this line (" + reason + "); the row was skipped");
            firstLine = brokenLine + 1;
            if (offsetOfLine(text, firstLine) >= text.length()) {
                break;
            }
        }
        return new Parsed(rows.accepted(), rows.rejected(), rows.warnings());
    }

    /** Where the given 1-based physical line starts, or the text's length when it has fewer lines. */
    private static int offsetOfLine(String text, long line) {
        int offset = 0;
        for (long l = 1; l < line; l++) {
            int next = text.indexOf('\n', offset);
            if (next < 0) {
                return text.length();
            }
            offset = next + 1;
        }
        return offset;
    }

    private Parsed parseJsonLines(Reader reader) {
        ImportRows<Partner> rows = partnerRows();
        try (BufferedReader lines = new BufferedReader(reader)) {
            JsonLines.read(lines, new JsonLines.Sink() {
                @Override
                public void row(long line, JsonNode node) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    for (var entry : node.properties()) {
                        JsonNode value = entry.getValue();
                        String joined = value.isArray()
                                ? String.join(";", value.valueStream().map(JsonNode::asString).toList())
                                : value.isNull() ? "" : value.asString();
                        fields.put(entry.getKey().trim().toLowerCase(Locale.ROOT), joined);
                    }
                    rows.add(line, text(fields.get("id")), w -> toPartner(fields, w));
                }

                @Override
                public void reject(long line, String reason) {
                    rows.reject(line, null, reason);
                }
            });
        } catch (IOException e) {
            throw new InvalidImportFileException("Cannot read the JSON Lines file: " + e.getMessage());
        }
        return new Parsed(rows.accepted(), rows.rejected(), rows.warnings());
    }

    /** Validates and normalises one row; throws {@link IllegalArgumentException} with the reason. */
    Partner toPartner(Map<String, String> fields) {
        return toPartner(fields, new ArrayList<>());
    }

    /** As {@link #toPartner(Map)}, adding a warning for each value kept as given. */
    Partner toPartner(Map<String, String> fields, List<String> warnings) {
        String id = text(fields.get("id"));
        if (id == null) {
            throw new IllegalArgumentException("id is required");
        }
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be 1 to 64 letters, digits or . _ : -");
        }
        String name = text(fields.get("name"));
        if (name == null) {
            throw new IllegalArgumentException("name is required");
        }
        if (name.length() > 300) {
            throw new IllegalArgumentException("name is longer than 300 characters");
        }
        Map<Facet, List<String>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            if (!facet.directoryAttribute()) {
                continue;
            }
            List<String> values = new ArrayList<>(new LinkedHashSet<>(split(fields.get(facet.field()), facet, warnings)));
            if (!facet.multiValued() && values.size() > 1) {
                throw new IllegalArgumentException(facet.field() + " takes one value, got " + values);
            }
            if (!values.isEmpty()) {
                facets.put(facet, List.copyOf(values));
            }
        }
        String status = text(fields.get("status"));
        boolean active = status == null || status.equalsIgnoreCase("active");
        if (status != null && !active && !status.equalsIgnoreCase("inactive")) {
            throw new IllegalArgumentException("status must be active or inactive, got '" + status + "'");
        }
        Double satisfaction = null;
        String rawSatisfaction = text(fields.get("satisfaction"));
        if (rawSatisfaction != null) {
            try {
                satisfaction = Double.valueOf(rawSatisfaction);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("satisfaction must be a number from 0 to 5, got '" + rawSatisfaction + "'");
            }
            if (satisfaction < 0 || satisfaction > 5 || satisfaction.isNaN()) {
                throw new IllegalArgumentException("satisfaction must be from 0 to 5, got " + rawSatisfaction);
            }
        }
        String description = text(fields.get("description"));
        if (description != null && description.length() > 8000) {
            throw new IllegalArgumentException("description is longer than 8000 characters");
        }
        Map<String, String> extra = new HashMap<>();
        fields.forEach((key, value) -> {
            if (!KNOWN_FIELDS.contains(key) && !key.isBlank() && text(value) != null) {
                extra.put(key, text(value));
            }
        });
        return new Partner(id, name, description, text(fields.get("website")), active, satisfaction, facets, extra);
    }

    private List<String> split(String raw, Facet facet, List<String> warnings) {
        List<String> values = new ArrayList<>();
        if (raw == null) {
            return values;
        }
        for (String part : raw.split(";")) {
            String value = text(part);
            if (value == null) {
                continue;
            }
            var canonical = vocabulary.canonical(facet, value);
            if (canonical.isPresent()) {
                values.add(canonical.get());
            } else if (value.length() > 200) {
                throw new IllegalArgumentException(facet.field() + " value is longer than 200 characters");
            } else {
                if (facet == Facet.COUNTRY || facet == Facet.LANGUAGE) {
                    warnings.add(facet.field() + " '" + value + "': kept as given; "
                            + vocabulary.nearest(facet, value).map(n -> "did you mean " + n + "?").orElse("no known value is close"));
                }
                values.add(facet == Facet.REGION ? value.toUpperCase(Locale.ROOT) : value);
            }
        }
        return values;
    }

    /** A value as an import stores it: trimmed, runs of white space as one space, blank as null. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip().replaceAll("\\s+", " ");
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The message of the innermost cause: what a parser's wrapped exception actually says. */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}

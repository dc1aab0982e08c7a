package com.consort.knowledge.internal.track;

import static com.consort.knowledge.internal.partner.PartnerImporter.rootMessage;
import static com.consort.knowledge.internal.partner.PartnerImporter.text;

import com.consort.knowledge.Facet;
import com.consort.knowledge.ImportFormat;
import com.consort.knowledge.ImportReport;
import com.consort.knowledge.InvalidImportFileException;
import com.consort.knowledge.Opportunity;
import com.consort.knowledge.Outcome;
import com.consort.knowledge.PartnerRole;
import com.consort.knowledge.Vocabulary;
import com.consort.knowledge.internal.partner.CsvRecords;
import com.consort.knowledge.internal.partner.ImportRows;
import com.consort.knowledge.internal.partner.JsonLines;
import com.consort.knowledge.internal.track.OpportunityColumns.Field;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;

/**
 * Reads a CRM opportunity export (CSV with a header row, or JSON Lines) into opportunities. As the
 * partner import does, a row is rejected with its line and reason only when it cannot be stored (no id,
 * no partner the directory knows, no close date, a role that is none of the four, an amount that is not a
 * number); a value kept as given although the vocabulary does not know it is a warning on its row.
 */
public class OpportunityImporter {

    public record Parsed(List<Opportunity> opportunities, List<ImportReport.RejectedRow> rejected,
            List<ImportReport.Warning> warnings) {
    }

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:/-]{1,64}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("M/d/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("uuuu/M/d"));

    private final Vocabulary vocabulary;
    private final Function<String, Optional<String>> partnerIds;
    private final String defaultCurrency;

    /**
     * @param partnerIds      the directory's partner id for a partner id or name as the CRM wrote it
     * @param defaultCurrency the currency of amounts on rows without one, or null: such rows are rejected
     */
    public OpportunityImporter(Vocabulary vocabulary, Function<String, Optional<String>> partnerIds, String defaultCurrency) {
        this.vocabulary = vocabulary;
        this.partnerIds = partnerIds;
        this.defaultCurrency = defaultCurrency == null || defaultCurrency.isBlank() ? null
                : defaultCurrency.strip().toUpperCase(Locale.ROOT);
    }

    public Parsed parse(InputStream in, ImportFormat format, OpportunityColumns columns) {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        // an opportunity may name several partners, one row each; the same pair twice is a mistake
        var rows = new ImportRows<Opportunity>(Opportunity::id, o -> o.id() + "\u0000" + o.partnerId(),
                "duplicate: this opportunity and partner are already on line ");
        if (format == ImportFormat.CSV) {
            parseCsv(reader, columns, rows);
        } else {
            parseJsonLines(reader, columns, rows);
        }
        return new Parsed(rows.accepted(), rows.rejected(), rows.warnings());
    }

    private void parseCsv(BufferedReader reader, OpportunityColumns columns, ImportRows<Opportunity> rows) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(true).get();
        try (CSVParser parser = format.parse(reader)) {
            Map<Field, Integer> index = columns.resolve(parser.getHeaderNames());
            requireColumns(index, parser.getHeaderNames());
            long line = 1;
            var records = new CsvRecords(parser);
            for (CSVRecord record = records.next(); record != null; record = records.next()) {
                long rowLine = line + 1;
                line = parser.getCurrentLineNumber();
                Map<Field, String> fields = new HashMap<>();
                for (var column : index.entrySet()) {
                    fields.put(column.getKey(), column.getValue() < record.size() ? record.get(column.getValue()) : null);
                }
                rows.add(rowLine, text(fields.get(Field.ID)), w -> toOpportunity(fields, w));
            }
            if (records.broken() != null) {
                rows.reject(line + 1, null, "Malformed CSV from this line on (" + records.broken()
                        + "); the rest of the file was not read");
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            if (e instanceof InvalidImportFileException invalid) {
                throw invalid;
            }
            throw new InvalidImportFileException("Cannot read the CSV file: " + rootMessage(e));
        }
    }

    private static void requireColumns(Map<Field, Integer> index, List<String> header) {
        List<String> missing = new ArrayList<>();
        for (Field required : List.of(Field.ID, Field.PARTNER, Field.CLOSE_DATE)) {
            if (!index.containsKey(required)) {
                missing.add(required.key());
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidImportFileException("No column for " + String.join(", ", missing) + " in the header " + header
                    + "; name the columns as your CRM exports them (Opportunity ID, Partner Account, Close Date) or give a mapping");
        }
    }

    private void parseJsonLines(BufferedReader reader, OpportunityColumns columns, ImportRows<Opportunity> rows) {
        JsonLines.read(reader, new JsonLines.Sink() {
            @Override
            public void row(long line, JsonNode node) {
                List<String> keys = new ArrayList<>();
                List<String> values = new ArrayList<>();
                node.properties().forEach(e -> {
                    keys.add(e.getKey());
                    values.add(e.getValue().isNull() ? null : e.getValue().asString());
                });
                Map<Field, String> fields = new HashMap<>();
                columns.resolve(keys).forEach((field, i) -> fields.put(field, values.get(i)));
                rows.add(line, text(fields.get(Field.ID)), w -> toOpportunity(fields, w));
            }

            @Override
            public void reject(long line, String reason) {
                rows.reject(line, null, reason);
            }
        });
    }

    /** Validates and normalises one row; throws {@link IllegalArgumentException} with the reason. */
    Opportunity toOpportunity(Map<Field, String> fields, List<String> warnings) {
        String id = text(fields.get(Field.ID));
        if (id == null) {
            throw new IllegalArgumentException("Opportunity ID is required");
        }
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Opportunity ID must be 1 to 64 letters, digits or . _ : / -");
        }
        String partner = text(fields.get(Field.PARTNER));
        if (partner == null) {
            throw new IllegalArgumentException("no partner on this row (a direct deal says nothing about a partner)");
        }
        String partnerId = partnerIds.apply(partner).orElseThrow(() -> new IllegalArgumentException(
                "partner '" + partner + "' is not in the partner directory (by id or name); import the partner first"));
        String account = text(fields.get(Field.ACCOUNT));
        if (account == null) {
            throw new IllegalArgumentException("Account Name is required");
        }
        if (account.length() > 300) {
            throw new IllegalArgumentException("Account Name is longer than 300 characters");
        }
        String rawRole = text(fields.get(Field.ROLE));
        if (rawRole == null) {
            throw new IllegalArgumentException("Partner Role is required: sourced, transacted, influenced or assisted");
        }
        PartnerRole role = PartnerRole.of(rawRole).orElseThrow(() -> new IllegalArgumentException("Partner Role '" + rawRole
                + "' is none of sourced, transacted, influenced or assisted (or a usual CRM name for one)"));
        LocalDate closeDate = date(text(fields.get(Field.CLOSE_DATE)));
        String industry = text(fields.get(Field.INDUSTRY));
        if (industry != null) {
            industry = limit("Industry", vocabulary.canonical(Facet.INDUSTRY, industry).orElse(industry), 200);
        }
        String country = text(fields.get(Field.COUNTRY));
        if (country != null) {
            Optional<String> code = vocabulary.canonical(Facet.COUNTRY, country);
            if (code.isEmpty()) {
                String given = country;
                warnings.add("Billing Country '" + given + "': kept as given; " + vocabulary.nearest(Facet.COUNTRY, given)
                        .map(n -> "did you mean " + n + "?").orElse("no known country is close"));
            }
            country = limit("Billing Country", code.orElse(country), 64);
        }
        BigDecimal amount = amount(text(fields.get(Field.AMOUNT)));
        String currency = text(fields.get(Field.CURRENCY));
        if (currency != null) {
            currency = currency.toUpperCase(Locale.ROOT);
            if (!CURRENCY.matcher(currency).matches()) {
                throw new IllegalArgumentException("Currency must be a three-letter ISO code such as EUR, got '" + currency + "'");
            }
        } else if (amount != null) {
            if (defaultCurrency == null) {
                throw new IllegalArgumentException("Amount " + amount.toPlainString() + " has no Currency; amounts are never "
                        + "guessed: add the Currency column or set consort.track-record.default-currency");
            }
            currency = defaultCurrency;
            warnings.add("no Currency: took the configured default " + defaultCurrency);
        }
        String stage = text(fields.get(Field.STAGE));
        Outcome outcome = Outcome.of(text(fields.get(Field.WON)), stage);
        LocalDate created = null;
        String rawCreated = text(fields.get(Field.CREATED_DATE));
        if (rawCreated != null) {
            created = date(rawCreated, "Created Date");
            if (created.isAfter(closeDate)) {
                warnings.add("Created Date " + created + " is after the Close Date " + closeDate + ": left out (no time to close)");
                created = null;
            }
        }
        return new Opportunity(id, partnerId, account, industry, country, amount, currency, closeDate,
                stage == null ? null : limit("Stage", stage, 100), outcome, role, created);
    }

    static LocalDate date(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("Close Date is required");
        }
        return date(raw, "Close Date");
    }

    static LocalDate date(String raw, String field) {
        String day = raw.length() > 10 && raw.charAt(4) == '-' ? raw.substring(0, 10) : raw; // "2025-03-01 00:00" or an ISO instant
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(day, format);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        throw new IllegalArgumentException(field + " '" + raw + "' is not a date (use 2025-03-31, 3/31/2025 or 31.3.2025)");
    }

    /** "1,200,000.50", "1.200.000,50", "EUR 1200" and "$1,200" are all numbers; the currency is its own column. */
    static BigDecimal amount(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = raw.replaceAll("[\\s\\p{Sc}A-Za-z']", "");
        int comma = digits.lastIndexOf(',');
        int dot = digits.lastIndexOf('.');
        if (comma > dot && (dot >= 0 || digits.length() - comma - 1 != 3)) {
            digits = digits.replace(".", "").replace(',', '.'); // a decimal comma
        } else {
            digits = digits.replace(",", "");
        }
        try {
            BigDecimal amount = new BigDecimal(digits);
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("Amount must not be negative, got '" + raw + "'");
            }
            if (amount.precision() - amount.scale() > 17) {
                throw new IllegalArgumentException("Amount '" + raw + "' is too large");
            }
            return amount.setScale(2, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Amount must be a number, got '" + raw + "'");
        }
    }

    private static String limit(String field, String value, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        return value;
    }
}

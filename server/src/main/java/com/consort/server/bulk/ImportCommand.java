package com.consort.server.bulk;

import com.consort.knowledge.BulkImport;
import com.consort.knowledge.BundleSource;
import com.consort.knowledge.DocumentKind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar consort-server.jar import --partners FILE --documents FOLDER [--kind KIND]}:
 * imports into the configured database with a progress bar on the terminal.
 */
public final class ImportCommand {

    public record Arguments(Path partners, Path documents, DocumentKind kind) {
    }

    private ImportCommand() {
    }

    /** Parses the command's arguments; throws with a usage message when they are wrong. */
    public static Arguments parse(String[] args) {
        Path partners = null;
        Path documents = null;
        DocumentKind kind = DocumentKind.CASE_STUDY;
        for (int i = 1; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--partners" -> partners = Path.of(require(value, "--partners"));
                case "--documents" -> documents = Path.of(require(value, "--documents"));
                case "--kind" -> kind = DocumentKind.of(require(value, "--kind")).filter(k -> k != DocumentKind.PROFILE)
                        .orElseThrow(() -> new IllegalArgumentException("--kind must be case_study, program_doc or collateral"));
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + "\n" + usage());
            }
            i++;
        }
        if (partners == null && documents == null) {
            throw new IllegalArgumentException(usage());
        }
        if (partners != null && !Files.isRegularFile(partners)) {
            throw new IllegalArgumentException("No partner file at " + partners);
        }
        if (documents != null && !Files.isDirectory(documents)) {
            throw new IllegalArgumentException("No folder at " + documents);
        }
        return new Arguments(partners, documents, kind);
    }

    public static String usage() {
        return "Usage: java -jar consort-server.jar import [--partners partners.csv|.jsonl] [--documents FOLDER]"
                + " [--kind case_study|program_doc|collateral]\n"
                + "  FOLDER may hold a documents.csv manifest (file,kind,partnerId,title); without one every file is"
                + " imported with --kind.";
    }

    public static BulkImport.Summary run(Arguments arguments, BulkImport bulkImport, PrintStream out) throws IOException {
        var summary = bulkImport.run(BundleSource.files(arguments.partners(), arguments.documents()), arguments.kind(), new ProgressBar(out));
        out.println();
        out.printf("Partners: %d imported, %d updated, %d rejected%n", summary.partners().imported(),
                summary.partners().updated(), summary.partners().rejected().size());
        summary.partners().rejected().forEach(r -> out.printf("  line %d%s: %s%n", r.line(),
                r.id() == null ? "" : " (" + r.id() + ")", r.reason()));
        if (!summary.partners().warnings().isEmpty()) {
            out.printf("Warnings: %d values kept as given%n", summary.partners().warnings().size());
            summary.partners().warnings().forEach(w -> out.printf("  line %d (%s): %s%n", w.line(), w.id(), w.message()));
        }
        out.printf("Documents: %d indexed, %d already present, %d failed%n", summary.documentsIndexed(),
                summary.documentsAlreadyPresent(), summary.failures().size());
        summary.failures().forEach(f -> out.printf("  %s: %s%n", f.file(), f.reason()));
        return summary;
    }

    private static String require(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    /** A single-line bar redrawn in place: "documents [#########.........] 45/100". */
    static final class ProgressBar implements BulkImport.Listener {
        private static final int WIDTH = 30;
        private final PrintStream out;
        private BulkImport.Phase phase;

        ProgressBar(PrintStream out) {
            this.out = out;
        }

        @Override
        public void progress(BulkImport.Phase phase, int done, int total) {
            if (phase == BulkImport.Phase.DONE) {
                return;
            }
            if (this.phase != null && phase != this.phase) {
                out.println();
            }
            this.phase = phase;
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            out.printf("\r%-9s [%s%s] %d/%d", phase.name().toLowerCase(), "#".repeat(filled), ".".repeat(WIDTH - filled),
                    done, total);
            out.flush();
        }
    }
}

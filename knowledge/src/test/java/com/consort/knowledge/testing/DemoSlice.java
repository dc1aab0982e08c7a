package com.consort.knowledge.testing;

import com.consort.knowledge.BundleSource;
import com.consort.knowledge.DocumentKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A slice of the demo ecosystem for tests that need realistic data without the full demo's load time:
 * the first {@code partners} partners plus every partner of the first {@code stories} case studies,
 * those case studies and all programme documents; not the demo's opportunities.
 */
public final class DemoSlice {

    private DemoSlice() {
    }

    public static BundleSource of(int partners, int stories) throws IOException {
        BundleSource demo = BundleSource.classpath("demo");
        List<String> manifest = lines(demo, "documents/documents.csv");
        Set<String> storyPartners = new HashSet<>();
        StringBuilder keptManifest = new StringBuilder(manifest.get(0)).append('\n');
        int seen = 0;
        for (String row : manifest.subList(1, manifest.size())) {
            String[] cells = row.split(",", 4);
            boolean story = cells[1].equals(DocumentKind.CASE_STUDY.code());
            if (!story || seen++ < stories) {
                keptManifest.append(row).append('\n');
                if (story) {
                    storyPartners.add(cells[2]);
                }
            }
        }
        List<String> rows = lines(demo, "partners.csv");
        StringBuilder keptPartners = new StringBuilder(rows.get(0)).append('\n');
        for (int i = 1; i < rows.size(); i++) {
            if (i <= partners || storyPartners.contains(rows.get(i).split(",", 2)[0])) {
                keptPartners.append(rows.get(i)).append('\n');
            }
        }
        return new BundleSource() {
            @Override
            public Optional<InputStream> open(String path) throws IOException {
                return switch (path) {
                    case "partners.csv" -> Optional.of(stream(keptPartners));
                    case "documents/documents.csv" -> Optional.of(stream(keptManifest));
                    // the demo's CRM history is about all its partners: a test brings its own opportunities
                    case "opportunities.csv", "opportunities.jsonl" -> Optional.empty();
                    default -> demo.open(path);
                };
            }

            @Override
            public List<String> listDocuments() {
                return List.of();
            }
        };
    }

    private static List<String> lines(BundleSource source, String path) throws IOException {
        try (InputStream in = source.open(path).orElseThrow()) {
            // the demo CSVs quote descriptions but never break a row across lines
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static InputStream stream(CharSequence text) {
        return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}

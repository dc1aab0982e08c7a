package com.consort.studio.internal;

import com.consort.knowledge.ImportFormat;
import com.consort.knowledge.DocumentIngestor;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.PartnerDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A handful of the demo case studies (one per file format, one vendor-only) and just their partners,
 * indexed in seconds instead of the whole demo's 40.
 */
final class DemoStories {

    /** file → partner id ("" for a vendor-only story). */
    static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("agency-campaigns.md", "P0761");
        FILES.put("bank-regulatory-change.pdf", "P0244");
        FILES.put("accounting-busy-season.html", "P0077");
        FILES.put("brewery-downtime.docx", "P0328");
        FILES.put("saas-launches.docx", "");
    }

    private static final String ROOT = "demo/";

    private DemoStories() {
    }

    /** Imports the stories' partners and indexes the stories; returns file → document id. */
    static Map<String, String> load(PartnerDirectory directory, DocumentIngestor ingestor) {
        Set<String> partners = Set.copyOf(FILES.values());
        String csv = read(ROOT + "partners.csv");
        String[] lines = csv.split("\n");
        String wanted = lines[0] + "\n" + java.util.Arrays.stream(lines).skip(1)
                .filter(l -> partners.contains(l.split(",", 2)[0])).collect(Collectors.joining("\n"));
        directory.importFile(new ByteArrayInputStream(wanted.getBytes(StandardCharsets.UTF_8)), ImportFormat.CSV);
        Map<String, String> ids = new LinkedHashMap<>();
        FILES.forEach((file, partner) -> {
            byte[] content = bytes(ROOT + "documents/case-studies/" + file);
            var result = ingestor.ingest(new DocumentIngestor.Upload(content, file, DocumentKind.CASE_STUDY,
                    partner.isEmpty() ? null : partner, null));
            ids.put(file, result.document().id());
        });
        return ids;
    }

    /** Only one story (and its partner). */
    static Map<String, String> loadOne(PartnerDirectory directory, DocumentIngestor ingestor, String file) {
        String partner = FILES.get(file);
        String csv = read(ROOT + "partners.csv");
        String[] lines = csv.split("\n");
        String wanted = lines[0] + "\n" + java.util.Arrays.stream(lines).skip(1)
                .filter(l -> l.split(",", 2)[0].equals(partner)).collect(Collectors.joining("\n"));
        directory.importFile(new ByteArrayInputStream(wanted.getBytes(StandardCharsets.UTF_8)), ImportFormat.CSV);
        var result = ingestor.ingest(new DocumentIngestor.Upload(bytes(ROOT + "documents/case-studies/" + file), file,
                DocumentKind.CASE_STUDY, partner.isEmpty() ? null : partner, null));
        return Map.of(file, result.document().id());
    }

    static String read(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String resource) {
        try (InputStream in = DemoStories.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> files() {
        return List.copyOf(FILES.keySet());
    }
}

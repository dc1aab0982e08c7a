package com.consort.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a bulk import reads from: a partner file ({@code partners.csv} or {@code partners.jsonl}), optionally
 * a CRM opportunity export ({@code opportunities.csv} or {@code opportunities.jsonl}), and
 * documents under {@code documents/}, optionally listed in a {@code documents/documents.csv}
 * manifest ({@code file,kind,partnerId,title}).
 */
public interface BundleSource {

    /** Opens a file by its bundle path ("partners.csv", "documents/x.pdf"), if it exists. */
    Optional<InputStream> open(String path) throws IOException;

    /** Document paths relative to {@code documents/}, when the source can list them (folders can). */
    List<String> listDocuments() throws IOException;

    /** A folder laid out as a bundle. */
    static BundleSource folder(Path root) {
        Path csv = root.resolve("partners.csv");
        BundleSource files = files(Files.exists(csv) ? csv : root.resolve("partners.jsonl"), root.resolve("documents"));
        return new BundleSource() {
            @Override
            public Optional<InputStream> open(String path) throws IOException {
                if (path.equals("opportunities.csv") || path.equals("opportunities.jsonl")) {
                    Path file = root.resolve(path);
                    return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
                }
                return files.open(path);
            }

            @Override
            public List<String> listDocuments() throws IOException {
                return files.listDocuments();
            }
        };
    }

    /**
     * A partner file and a document folder from anywhere; either may be null. A partner file named
     * *.jsonl or *.ndjson is read as JSON Lines, any other as CSV.
     */
    static BundleSource files(Path partners, Path documents) {
        boolean jsonLines = partners != null && partners.getFileName().toString().matches("(?i).*\\.(jsonl|ndjson)$");
        String partnerPath = jsonLines ? "partners.jsonl" : "partners.csv";
        return new BundleSource() {
            @Override
            public Optional<InputStream> open(String path) throws IOException {
                Path file = null;
                if (path.equals(partnerPath)) {
                    file = partners;
                } else if (path.startsWith("documents/") && documents != null) {
                    Path root = documents.toAbsolutePath().normalize();
                    file = root.resolve(path.substring("documents/".length())).normalize();
                    if (!file.startsWith(root)) {
                        return Optional.empty(); // a manifest may not point outside its folder
                    }
                }
                return file != null && Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
            }

            @Override
            public List<String> listDocuments() throws IOException {
                if (documents == null || !Files.isDirectory(documents)) {
                    return List.of();
                }
                try (Stream<Path> files = Files.walk(documents)) {
                    return files.filter(Files::isRegularFile)
                            .map(f -> documents.relativize(f).toString().replace('\\', '/'))
                            .filter(name -> !name.equals("documents.csv") && !name.startsWith("."))
                            .sorted().toList();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        };
    }

    /** A bundle inside the application jar: only what its manifest names can be read. */
    static BundleSource classpath(String root) {
        return new BundleSource() {
            @Override
            public Optional<InputStream> open(String path) {
                return Optional.ofNullable(BundleSource.class.getClassLoader().getResourceAsStream(root + "/" + path));
            }

            @Override
            public List<String> listDocuments() {
                return List.of();
            }
        };
    }
}

package com.consort.server.bulk;

import com.consort.knowledge.DocumentKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Bulk import", description = "Import a partner file and documents in the background; admins only")
class ImportJobController {

    private static final int MAX_ENTRIES = 20_000;
    private static final long MAX_UNPACKED = DataSize.ofGigabytes(2).toBytes();
    // Documents barely compress and a partner CSV about 10:1; a zip bomb inflates about 1000:1. So a bundle
    // may unpack to 20 times its size (at least 32 MB): a bomb is refused before it fills the disk.
    private static final int MAX_RATIO = 20;
    private static final long MIN_ALLOWANCE = DataSize.ofMegabytes(32).toBytes();

    private final ImportJobs jobs;

    ImportJobController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping(path = "/api/admin/import-jobs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Start a bulk import",
            description = "A zip with partners.csv or partners.jsonl and a documents/ folder, optionally listed in "
                    + "documents/documents.csv (file,kind,partnerId,title). Answers 202 with the job to poll.")
    ResponseEntity<ImportJobs.Status> start(@RequestPart("bundle") MultipartFile bundle,
            @RequestParam(defaultValue = "case_study") String kind) throws IOException {
        DocumentKind defaultKind = DocumentKind.of(kind).filter(k -> k != DocumentKind.PROFILE).orElseThrow(() ->
                new IllegalArgumentException("kind must be case_study, program_doc or collateral"));
        Path folder = Files.createTempDirectory("consort-import-");
        try (InputStream in = bundle.getInputStream()) {
            SafeUnzip.extract(in, folder, MAX_ENTRIES, maxUnpacked(bundle.getSize()));
        } catch (RuntimeException | IOException e) {
            try (var paths = Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            throw e;
        }
        ImportJobs.Status status = jobs.start(folder, defaultKind);
        return ResponseEntity.accepted().location(URI.create("/api/admin/import-jobs/" + status.id())).body(status);
    }

    static long maxUnpacked(long bundleBytes) {
        return Math.min(MAX_UNPACKED, Math.max(MIN_ALLOWANCE, bundleBytes * MAX_RATIO));
    }

    @GetMapping("/api/admin/import-jobs/{id}")
    @Operation(summary = "Progress and outcome of a bulk import")
    ImportJobs.Status status(@PathVariable String id) {
        return jobs.status(id).orElseThrow(() -> new NoSuchElementException("No import job " + id));
    }
}

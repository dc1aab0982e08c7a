package com.consort.server.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/** Extracts an uploaded zip with limits on entries and bytes and no path leaving the target (zip slip). */
final class SafeUnzip {

    private SafeUnzip() {
    }

    static Path extract(InputStream zip, Path target, int maxEntries, long maxTotalBytes) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        int entries = 0;
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            ZipEntry entry;
            byte[] buffer = new byte[64 * 1024];
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > maxEntries) {
                    throw new IllegalArgumentException("The bundle has more than " + maxEntries + " entries");
                }
                Path file = root.resolve(entry.getName()).normalize();
                if (!file.startsWith(root)) {
                    throw new IllegalArgumentException("The bundle entry '" + entry.getName() + "' points outside it");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        total += read;
                        if (total > maxTotalBytes) {
                            throw new IllegalArgumentException("The bundle unpacks to more than " + maxTotalBytes + " bytes");
                        }
                        out.write(buffer, 0, read);
                    }
                }
            }
        } catch (ZipException e) {
            throw new IllegalArgumentException("The bundle is not a valid zip file: " + e.getMessage());
        }
        if (entries == 0) {
            throw new IllegalArgumentException("The bundle is empty or not a zip file");
        }
        return root;
    }
}

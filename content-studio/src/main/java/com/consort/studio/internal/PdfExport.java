package com.consort.studio.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * HTML assets as PDF with openhtmltopdf (PDFBox). The rendered HTML is well-formed XHTML from the
 * templates; remote resources are never fetched, so a brand kit's logo URL cannot make the server call
 * out (the PDF shows the brand name instead).
 */
final class PdfExport {

    private PdfExport() {
    }

    static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            // no network and no files: every URI resolves to nothing
            builder.useUriResolver((base, uri) -> null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

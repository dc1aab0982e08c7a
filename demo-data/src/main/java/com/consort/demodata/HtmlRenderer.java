package com.consort.demodata;

import java.nio.charset.StandardCharsets;

/** Renders a {@link DocModel} as a self-contained semantic HTML page. */
final class HtmlRenderer {

    private HtmlRenderer() {
    }

    static byte[] render(DocModel doc) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(doc.language).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"author\" content=\"").append(esc(doc.author)).append("\">\n")
                .append("<title>").append(esc(doc.title)).append("</title>\n")
                .append("<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;line-height:1.5;color:#1d2433}"
                        + "h1{color:#0b5cab}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}"
                        + "dt{font-weight:600}blockquote{border-left:4px solid #0b5cab;margin:1rem 0;padding:.25rem 1rem;font-style:italic}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccd;padding:.25rem .5rem}</style>\n")
                .append("</head>\n<body>\n<article>\n<header>\n<h1>").append(esc(doc.title)).append("</h1>\n");
        if (doc.subtitle != null) {
            h.append("<p class=\"subtitle\">").append(esc(doc.subtitle)).append("</p>\n");
        }
        h.append("</header>\n");
        boolean inSection = false;
        for (DocModel.Block b : doc.blocks) {
            if (b instanceof DocModel.Heading hd) {
                if (hd.level() == 2) {
                    if (inSection) {
                        h.append("</section>\n");
                    }
                    h.append("<section>\n");
                    inSection = true;
                }
                h.append("<h").append(hd.level()).append('>').append(esc(hd.text())).append("</h").append(hd.level()).append(">\n");
            } else if (b instanceof DocModel.Paragraph p) {
                h.append("<p>").append(esc(p.text())).append("</p>\n");
            } else if (b instanceof DocModel.Bullets l) {
                String tag = l.ordered() ? "ol" : "ul";
                h.append('<').append(tag).append(">\n");
                l.items().forEach(i -> h.append("<li>").append(esc(i)).append("</li>\n"));
                h.append("</").append(tag).append(">\n");
            } else if (b instanceof DocModel.Quote q) {
                h.append("<blockquote>\n<p>").append(esc(q.text())).append("</p>\n<footer>— ")
                        .append(esc(q.attribution())).append("</footer>\n</blockquote>\n");
            } else if (b instanceof DocModel.Facts f) {
                h.append("<dl>\n");
                f.facts().forEach(x -> h.append("<dt>").append(esc(x.label())).append(":</dt><dd>")
                        .append(esc(x.value())).append("</dd>\n"));
                h.append("</dl>\n");
            } else if (b instanceof DocModel.Table t) {
                h.append("<table>\n");
                for (int r = 0; r < t.rows().size(); r++) {
                    String cell = r == 0 ? "th" : "td";
                    h.append("<tr>");
                    t.rows().get(r).forEach(c -> h.append('<').append(cell).append('>').append(esc(c))
                            .append("</").append(cell).append('>'));
                    h.append("</tr>\n");
                }
                h.append("</table>\n");
            }
        }
        if (inSection) {
            h.append("</section>\n");
        }
        h.append("</article>\n</body>\n</html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}

package com.consort.demodata;

import java.nio.charset.StandardCharsets;

/** Renders a {@link DocModel} as CommonMark. */
final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    static byte[] render(DocModel doc) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(doc.title).append("\n\n");
        if (doc.subtitle != null) {
            md.append('*').append(doc.subtitle).append("*\n\n");
        }
        for (DocModel.Block b : doc.blocks) {
            if (b instanceof DocModel.Heading h) {
                md.append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
            } else if (b instanceof DocModel.Paragraph p) {
                md.append(p.text()).append("\n\n");
            } else if (b instanceof DocModel.Bullets l) {
                for (int i = 0; i < l.items().size(); i++) {
                    md.append(l.ordered() ? (i + 1) + ". " : "- ").append(l.items().get(i)).append('\n');
                }
                md.append('\n');
            } else if (b instanceof DocModel.Quote q) {
                md.append("> ").append(q.text()).append("\n>\n> — ").append(q.attribution()).append("\n\n");
            } else if (b instanceof DocModel.Facts f) {
                f.facts().forEach(x -> md.append("- ").append(x.label()).append(": ").append(x.value()).append('\n'));
                md.append('\n');
            } else if (b instanceof DocModel.Table t) {
                for (int r = 0; r < t.rows().size(); r++) {
                    md.append("| ").append(String.join(" | ", t.rows().get(r))).append(" |\n");
                    if (r == 0) {
                        md.append("|").append(" --- |".repeat(t.rows().get(0).size())).append('\n');
                    }
                }
                md.append('\n');
            }
        }
        return (md.toString().strip() + "\n").getBytes(StandardCharsets.UTF_8);
    }
}

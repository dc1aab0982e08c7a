package com.consort.demodata;

import java.util.ArrayList;
import java.util.List;

/** A format-neutral document: a title and a list of blocks that every renderer understands. */
final class DocModel {

    sealed interface Block permits Heading, Paragraph, Bullets, Quote, Facts, Table {
    }

    /** level 2 or 3 (the title is level 1). */
    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    /** A list; ordered lists are numbered from 1. */
    record Bullets(List<String> items, boolean ordered) implements Block {
    }

    record Quote(String text, String attribution) implements Block {
    }

    record Fact(String label, String value) {
    }

    record Facts(List<Fact> facts) implements Block {
    }

    /** First row is the header. */
    record Table(List<List<String>> rows) implements Block {
    }

    final String title;
    final String subtitle;
    final String language;
    final String author;
    final List<Block> blocks = new ArrayList<>();

    DocModel(String title, String subtitle, String language, String author) {
        this.title = title;
        this.subtitle = subtitle;
        this.language = language;
        this.author = author;
    }

    DocModel h2(String text) {
        blocks.add(new Heading(2, text));
        return this;
    }

    DocModel h3(String text) {
        blocks.add(new Heading(3, text));
        return this;
    }

    DocModel p(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    DocModel bullets(List<String> items) {
        blocks.add(new Bullets(List.copyOf(items), false));
        return this;
    }

    DocModel quote(String text, String attribution) {
        blocks.add(new Quote(text, attribution));
        return this;
    }

    DocModel facts(List<Fact> facts) {
        blocks.add(new Facts(List.copyOf(facts)));
        return this;
    }

    DocModel table(List<List<String>> rows) {
        blocks.add(new Table(List.copyOf(rows)));
        return this;
    }

    /** Plain text of the whole document, for word counts. */
    String plainText() {
        StringBuilder sb = new StringBuilder(title).append('\n');
        if (subtitle != null) {
            sb.append(subtitle).append('\n');
        }
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                sb.append(h.text());
            } else if (b instanceof Paragraph p) {
                sb.append(p.text());
            } else if (b instanceof Bullets l) {
                sb.append(String.join("\n", l.items()));
            } else if (b instanceof Quote q) {
                sb.append(q.text()).append(' ').append(q.attribution());
            } else if (b instanceof Facts f) {
                f.facts().forEach(x -> sb.append(x.label()).append(": ").append(x.value()).append('\n'));
            } else if (b instanceof Table t) {
                t.rows().forEach(r -> sb.append(String.join(" ", r)).append('\n'));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Parses the small Markdown subset the programme documents are written in. */
    static DocModel fromMarkdown(String markdown, String language, String author) {
        String[] lines = markdown.replace("\r", "").split("\n");
        String title = null;
        String subtitle = null;
        List<Block> blocks = new ArrayList<>();
        List<String> para = new ArrayList<>();
        List<String> items = new ArrayList<>();
        boolean ordered = false;
        List<List<String>> table = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            boolean isBullet = line.startsWith("- ");
            boolean isNumbered = line.matches("^\\d+\\. .*");
            boolean continuation = !line.isEmpty() && raw.startsWith("  ") && !items.isEmpty() && !isBullet && !isNumbered;
            if (continuation) {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + inline(line));
                continue;
            }
            boolean isItem = isBullet || isNumbered;
            if ((!isItem || isNumbered != ordered) && !items.isEmpty()) {
                blocks.add(new Bullets(List.copyOf(items), ordered));
                items.clear();
            }
            boolean isRow = line.startsWith("|");
            if (!isRow && !table.isEmpty()) {
                blocks.add(new Table(List.copyOf(table)));
                table.clear();
            }
            if ((line.isEmpty() || line.startsWith("#") || isItem || isRow || line.startsWith(">")) && !para.isEmpty()) {
                blocks.add(new Paragraph(inline(String.join(" ", para))));
                para.clear();
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("# ")) {
                title = line.substring(2).strip();
            } else if (line.startsWith("## ")) {
                blocks.add(new Heading(2, line.substring(3).strip()));
            } else if (line.startsWith("### ")) {
                blocks.add(new Heading(3, line.substring(4).strip()));
            } else if (line.startsWith(">")) {
                subtitle = inline(line.substring(1).strip());
            } else if (isItem) {
                ordered = isNumbered;
                items.add(inline(line.substring(line.indexOf(' ') + 1).strip()));
            } else if (isRow) {
                if (line.matches("^\\|[\\s:|-]+\\|$")) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (String c : line.substring(1, line.length() - 1).split("\\|")) {
                    cells.add(inline(c.strip()));
                }
                table.add(cells);
            } else {
                para.add(line);
            }
        }
        if (!para.isEmpty()) {
            blocks.add(new Paragraph(inline(String.join(" ", para))));
        }
        if (!items.isEmpty()) {
            blocks.add(new Bullets(List.copyOf(items), ordered));
        }
        if (!table.isEmpty()) {
            blocks.add(new Table(List.copyOf(table)));
        }
        if (title == null) {
            throw new IllegalArgumentException("markdown document without a '# ' title");
        }
        DocModel doc = new DocModel(title, subtitle, language, author);
        doc.blocks.addAll(blocks);
        return doc;
    }

    private static String inline(String s) {
        return s.replace("**", "").replace("`", "");
    }
}

package com.consort.eval.internal.report;

import static com.consort.eval.internal.report.Html.esc;

import com.consort.eval.Assertion;
import com.consort.eval.Baseline;
import com.consort.eval.CaseResult;
import com.consort.eval.Reports;
import com.consort.eval.RunResult;
import com.consort.eval.SuiteResult;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A self-contained HTML report: inline CSS and inline SVG charts, no script and no external asset, so
 * it opens from a CI artifact or a mail attachment as it is. Every value from a suite or an answer is
 * escaped.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** @param history earlier values per "suite/metric", oldest first (may be empty) */
    public static String render(RunResult run, Map<String, List<Reports.Point>> history) {
        return render(run, history, Map.of());
    }

    /**
     * @param history earlier values per "suite/metric", oldest first (may be empty)
     * @param partnerNames directory names by partner id, shown beside the expected and returned partners' ids
     */
    public static String render(RunResult run, Map<String, List<Reports.Point>> history, Map<String, String> partnerNames) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Consort eval report ").append(esc(run.startedAt())).append("</title><style>").append(CSS).append("</style></head><body>");
        boolean regressed = run.regressed();
        h.append("<header><h1>Consort eval report</h1><p>Run <code>").append(esc(run.id())).append("</code> · mode <b>")
                .append(esc(run.mode())).append("</b> · ").append(esc(run.startedAt())).append("</p>");
        h.append("<p class=\"verdict ").append(regressed ? "bad" : run.failed() > 0 ? "warn" : "good").append("\" id=\"verdict\">")
                .append(regressed ? "REGRESSION against the baseline" : run.comparison() == null || run.comparison().deltas().isEmpty()
                        ? "Not compared with a baseline"
                        : "No regression against the baseline")
                .append(" · ").append(run.passed()).append(" passed, ").append(run.failed()).append(" failed, ").append(run.skipped())
                .append(" skipped of ").append(run.cases()).append(" cases</p></header><main>");
        if (!run.notices().isEmpty()) {
            h.append("<section class=\"notices\" id=\"notices\"><h2>Notices</h2><ul>");
            run.notices().forEach(n -> h.append("<li>").append(esc(n)).append("</li>"));
            h.append("</ul></section>");
        }
        h.append("<section><h2>Cases per suite</h2>").append(passChart(run.suites())).append("</section>");
        for (SuiteResult s : run.suites()) {
            h.append("<section class=\"suite\" id=\"suite-").append(esc(s.suite())).append("\"><h2>").append(esc(s.suite()))
                    .append(" <small>").append(esc(s.kind())).append("</small></h2><p>").append(esc(s.description())).append("</p>");
            h.append(metricChart(s, run.comparison()));
            h.append(metricTable(s, run.comparison()));
            h.append(historyCharts(s, history));
            h.append(caseTable(s, partnerNames));
            h.append("</section>");
        }
        if (run.comparison() != null) {
            h.append("<section><h2>Baseline</h2><p>Compared with <code>").append(esc(run.comparison().baselineFile())).append("</code>: ")
                    .append(run.comparison().deltas().size()).append(" metrics, ").append(run.comparison().regressions().size())
                    .append(" regressed.</p></section>");
        }
        return h.append("</main></body></html>\n").toString();
    }

    private static String passChart(List<SuiteResult> suites) {
        int rowH = 28;
        int width = 640;
        int labelW = 180;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" role=\"img\" aria-label=\"passed, failed and skipped cases per suite\" width=\"").append(width)
                .append("\" height=\"").append(suites.size() * rowH + 24).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(suites.size() * rowH + 24).append("\">");
        int y = 4;
        for (SuiteResult s : suites) {
            double total = Math.max(1, s.cases().size());
            double x = labelW;
            double span = width - labelW - 60;
            svg.append("<text x=\"0\" y=\"").append(y + 16).append("\">").append(esc(s.suite())).append("</text>");
            long[] parts = {s.passed(), s.failed(), s.skipped()};
            String[] colours = {"#2e7d32", "#c62828", "#9e9e9e"};
            for (int i = 0; i < 3; i++) {
                double w = span * parts[i] / total;
                if (w > 0) {
                    svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(y).append("\" width=\"").append(fmt(w))
                            .append("\" height=\"20\" fill=\"").append(colours[i]).append("\"><title>").append(parts[i]).append(' ')
                            .append(i == 0 ? "passed" : i == 1 ? "failed" : "skipped").append("</title></rect>");
                }
                x += w;
            }
            svg.append("<text x=\"").append(fmt(x + 6)).append("\" y=\"").append(y + 16).append("\">").append(s.passed()).append('/')
                    .append(s.cases().size()).append("</text>");
            y += rowH;
        }
        svg.append("<text x=\"").append(labelW).append("\" y=\"").append(y + 14).append("\" class=\"legend\">green passed · red failed · grey skipped</text>");
        return svg.append("</svg>").toString();
    }

    /** Rate metrics (0..1) as bars, with the baseline value as a tick. */
    private static String metricChart(SuiteResult s, Baseline.Comparison comparison) {
        var rates = s.metrics().entrySet().stream().filter(e -> !Baseline.lowerIsBetter(e.getKey()) && !e.getValue().isNaN()
                && e.getValue() >= 0 && e.getValue() <= 1).toList();
        if (rates.isEmpty()) {
            return "";
        }
        int rowH = 22;
        int labelW = 220;
        int span = 360;
        int height = rates.size() * rowH + 24;
        StringBuilder svg = new StringBuilder("<svg class=\"chart\" role=\"img\" aria-label=\"metrics of " + esc(s.suite())
                + "\" width=\"" + (labelW + span + 70) + "\" height=\"" + height + "\">");
        int y = 4;
        for (var e : rates) {
            double v = e.getValue();
            svg.append("<text x=\"0\" y=\"").append(y + 14).append("\">").append(esc(e.getKey())).append("</text>");
            svg.append("<rect x=\"").append(labelW).append("\" y=\"").append(y).append("\" width=\"").append(span)
                    .append("\" height=\"16\" fill=\"#eceff1\"/>");
            svg.append("<rect x=\"").append(labelW).append("\" y=\"").append(y).append("\" width=\"").append(fmt(span * v))
                    .append("\" height=\"16\" fill=\"").append(v >= 0.95 ? "#2e7d32" : v >= 0.8 ? "#f9a825" : "#c62828").append("\"/>");
            Baseline.Delta d = delta(comparison, s.suite(), e.getKey());
            if (d != null) {
                double bx = labelW + span * Math.max(0, Math.min(1, d.baseline()));
                svg.append("<line x1=\"").append(fmt(bx)).append("\" x2=\"").append(fmt(bx)).append("\" y1=\"").append(y - 2)
                        .append("\" y2=\"").append(y + 18).append("\" stroke=\"#000\" stroke-width=\"2\"><title>baseline ")
                        .append(ConsoleReport.format(d.baseline())).append("</title></line>");
            }
            svg.append("<text x=\"").append(labelW + span + 6).append("\" y=\"").append(y + 14).append("\">")
                    .append(ConsoleReport.format(v)).append("</text>");
            y += rowH;
        }
        // the value axis under the bars: 0, 0.5 and 1, so a bar's length reads as its value
        for (double tick : new double[] {0, 0.5, 1}) {
            double x = labelW + span * tick;
            svg.append("<line x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y + 4).append("\" stroke=\"#607080\"/><text x=\"").append(fmt(x)).append("\" y=\"")
                    .append(y + 16).append("\" class=\"legend\" text-anchor=\"middle\">").append(ConsoleReport.format(tick)).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String metricTable(SuiteResult s, Baseline.Comparison comparison) {
        StringBuilder t = new StringBuilder("<table class=\"metrics\"><thead><tr><th>metric</th><th>value</th><th>baseline</th><th>tolerance</th><th>change</th></tr></thead><tbody>");
        s.metrics().forEach((metric, value) -> {
            Baseline.Delta d = delta(comparison, s.suite(), metric);
            String change = d == null ? "" : d.change().name().toLowerCase(Locale.ROOT);
            t.append("<tr class=\"").append(change).append("\"><td>").append(esc(metric)).append("</td><td>").append(ConsoleReport.format(value))
                    .append("</td><td>").append(d == null ? "" : ConsoleReport.format(d.baseline())).append("</td><td>")
                    .append(d == null ? "" : ConsoleReport.format(d.tolerance())).append("</td><td>").append(esc(change)).append("</td></tr>");
        });
        return t.append("</tbody></table>").toString();
    }

    private static String historyCharts(SuiteResult s, Map<String, List<Reports.Point>> history) {
        StringBuilder out = new StringBuilder();
        for (String metric : s.metrics().keySet()) {
            List<Reports.Point> points = history.getOrDefault(s.suite() + "/" + metric, List.of());
            if (points.size() >= 2) {
                out.append("<figure class=\"history\"><figcaption>").append(esc(metric)).append(" over the last ").append(points.size())
                        .append(" runs</figcaption>").append(sparkline(points)).append("</figure>");
            }
        }
        return out.isEmpty() ? "" : "<div class=\"histories\">" + out + "</div>";
    }

    /**
     * The top of a metric's value axis: the axis runs from 0 to at least 1, so a rate is drawn on 0..1
     * and a count from 0 to its largest value. Never scaled to the values' own range, where a steady 1.0
     * would sit on an axis from 0.5 to 1.5 and a drop from 0.99 to 0.98 would look like a collapse.
     */
    public static double axisTop(List<Reports.Point> points) {
        double max = points.stream().mapToDouble(Reports.Point::value).filter(v -> !Double.isNaN(v)).max().orElse(1);
        return max <= 1 ? 1 : Math.ceil(max);
    }

    /** A small line chart of a metric's history with its axes: values from 0 (see {@link #axisTop}), the first and last run's day. */
    public static String sparkline(List<Reports.Point> points) {
        int w = 260;
        int h = 96;
        int left = 34;
        int top = 8;
        int bottom = 20;
        int right = 8;
        double max = axisTop(points);
        double plotW = w - left - right;
        double plotH = h - top - bottom;
        StringBuilder axes = new StringBuilder();
        for (double tick : new double[] {0, max / 2, max}) {
            double y = top + plotH - plotH * tick / max;
            axes.append("<line x1=\"").append(left).append("\" x2=\"").append(w - right).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" class=\"grid\"/>")
                    .append("<text x=\"").append(left - 4).append("\" y=\"").append(fmt(y + 4)).append("\" class=\"legend\" text-anchor=\"end\">")
                    .append(ConsoleReport.format(tick)).append("</text>");
        }
        if (!points.isEmpty()) {
            axes.append("<text x=\"").append(left).append("\" y=\"").append(h - 4).append("\" class=\"legend\">")
                    .append(esc(day(points.get(0).at()))).append("</text><text x=\"").append(w - right).append("\" y=\"").append(h - 4)
                    .append("\" class=\"legend\" text-anchor=\"end\">").append(esc(day(points.get(points.size() - 1).at()))).append("</text>");
        }
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double v = points.get(i).value();
            if (Double.isNaN(v)) {
                continue;
            }
            double x = left + plotW * (points.size() == 1 ? 0.5 : (double) i / (points.size() - 1));
            double y = top + plotH - plotH * v / max;
            path.append(path.isEmpty() ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
            dots.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"2.5\"><title>")
                    .append(esc(points.get(i).at())).append(": ").append(ConsoleReport.format(v)).append("</title></circle>");
        }
        return "<svg class=\"spark\" width=\"" + w + "\" height=\"" + h + "\" role=\"img\" aria-label=\"history, axis 0 to "
                + ConsoleReport.format(max) + "\">" + axes + "<path d=\"" + path + "\" fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2\"/>"
                + dots + "</svg>";
    }

    private static String day(java.time.Instant at) {
        return at == null ? "" : at.toString().substring(0, 10);
    }

    private static String caseTable(SuiteResult s, Map<String, String> names) {
        boolean partners = s.cases().stream().anyMatch(c -> !c.expectedPartners().isEmpty() || !c.gotPartners().isEmpty());
        StringBuilder t = new StringBuilder("<table class=\"cases\"><thead><tr><th>case</th><th>result</th><th>input</th>"
                + (partners ? "<th>expected</th><th>got</th>" : "") + "<th>answer</th><th>assertions</th></tr></thead><tbody>");
        // failures first: that is what a reader opens the report for
        List<CaseResult> ordered = s.cases().stream().sorted((a, b) -> Boolean.compare(a.passed(), b.passed())).toList();
        for (CaseResult c : ordered) {
            String status = c.skipped() ? "skipped" : c.passed() ? "passed" : "failed";
            t.append("<tr class=\"").append(status).append("\" id=\"case-").append(esc(s.suite())).append('-').append(esc(c.id()))
                    .append("\"><td>").append(esc(c.id())).append("</td><td class=\"status\">").append(status).append("</td><td>")
                    .append(esc(c.input())).append("</td>");
            if (partners) {
                t.append("<td>").append(partnerList(c.expectedPartners(), names)).append("</td><td>")
                        .append(partnerList(c.gotPartners(), names)).append("</td>");
            }
            t.append("<td><pre>").append(esc(c.answer())).append("</pre></td><td><ul>");
            for (Assertion a : c.assertions()) {
                t.append("<li class=\"").append(a.status().name().toLowerCase(Locale.ROOT)).append("\">").append(esc(a.name()));
                if (a.detail() != null && !a.detail().isBlank() && a.status() != Assertion.Status.PASSED) {
                    t.append(": ").append(esc(a.detail()));
                }
                t.append("</li>");
            }
            t.append("</ul></td></tr>");
        }
        return t.append("</tbody></table>").toString();
    }

    private static String partnerList(List<String> ids, Map<String, String> names) {
        if (ids.isEmpty()) {
            return "<i>none</i>";
        }
        StringBuilder out = new StringBuilder("<ol>");
        ids.forEach(id -> out.append("<li>").append(names.containsKey(id) ? esc(names.get(id)) + " <code>" + esc(id) + "</code>"
                : "<code>" + esc(id) + "</code>").append("</li>"));
        return out.append("</ol>").toString();
    }

    private static Baseline.Delta delta(Baseline.Comparison comparison, String suite, String metric) {
        if (comparison == null) {
            return null;
        }
        return comparison.deltas().stream().filter(d -> d.suite().equals(suite) && d.metric().equals(metric)).findFirst().orElse(null);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1c2733;background:#fafbfc}
            header{background:#16324f;color:#fff;padding:16px 24px}header h1{margin:0 0 4px;font-size:22px}
            header code{color:#cfe3ff}main{padding:8px 24px 40px}
            .verdict{display:inline-block;padding:4px 10px;border-radius:4px;font-weight:600}
            .verdict.good{background:#2e7d32}.verdict.warn{background:#ef6c00}.verdict.bad{background:#c62828}
            .notices{background:#fff8e1;border:1px solid #f9a825;padding:4px 16px;margin-top:16px}
            section{margin-top:20px}h2{font-size:18px;border-bottom:1px solid #d0d7de;padding-bottom:4px}h2 small{color:#607080;font-weight:400}
            svg.chart text{font-size:12px;fill:#1c2733}.legend{font-size:10px;fill:#607080}
            table{border-collapse:collapse;margin:8px 0;font-size:13px}th,td{border:1px solid #d0d7de;padding:4px 8px;vertical-align:top;text-align:left}
            th{background:#eef2f6}tr.regressed td,tr.missing td{background:#ffebee}tr.improved td{background:#e8f5e9}
            table.cases{width:100%}table.cases pre{white-space:pre-wrap;max-width:520px;margin:0;font-size:12px}
            tr.failed td.status{color:#c62828;font-weight:700}tr.passed td.status{color:#2e7d32}tr.skipped td.status{color:#757575}
            li.failed{color:#c62828}li.skipped{color:#757575}ul,ol{margin:0;padding-left:18px}
            .histories{display:flex;flex-wrap:wrap;gap:12px}.history{margin:0;font-size:12px}svg.spark{background:#fff;border:1px solid #d0d7de}svg.spark .grid,svg.chart .grid{stroke:#e3e8ee}
            """;
}

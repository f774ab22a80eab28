package org.guildhall.workbench.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a benchmark run to {@code results.json} (for comparisons across runs) and {@code report.html} (self-contained
 * SVG charts, no scripts, readable offline).
 */
final class BenchReport {

    private static final String[] PERCENTILE_COLOURS = {"#0c66e4", "#6e5dc6", "#c9372c"};

    private BenchReport() {
    }

    static void write(Path directory, Map<String, Object> environment, List<ScenarioResult> results) throws IOException {
        write(directory, environment, results, Map.of());
    }

    /** @param memory the heap before the first and after the last scenario, and the app's share ({@link HeapMeasurement}) */
    static void write(Path directory, Map<String, Object> environment, List<ScenarioResult> results,
                      Map<String, Object> memory) throws IOException {
        Files.createDirectories(directory);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("environment", environment);
        document.put("scenarios", results);
        document.put("memory", memory);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(directory.resolve("results.json").toFile(), document);
        Files.writeString(directory.resolve("report.html"), html(environment, results), StandardCharsets.UTF_8);
    }

    private static String html(Map<String, Object> environment, List<ScenarioResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Guildhall benchmark</title>")
                .append("<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#172b4d}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #dfe1e6;padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}")
                .append("svg{display:block;margin:1rem 0}</style></head><body><main><h1>Guildhall benchmark</h1><dl>");
        environment.forEach((key, value) -> out.append("<dt>").append(escape(key)).append("</dt><dd>")
                .append(escape(String.valueOf(value))).append("</dd>"));
        out.append("</dl><h2>Summary</h2><table><thead><tr><th>scenario</th><th>concurrency</th><th>requests</th><th>failures</th>")
                .append("<th>throughput /s</th><th>p50 ms</th><th>p95 ms</th><th>p99 ms</th><th>SQL / request</th>")
                .append("<th>rows read / request</th><th>heap after GC MB</th><th>background tasks run by requests</th>")
                .append("<th>background tasks queued at the end</th></tr></thead><tbody>");
        for (ScenarioResult result : results) {
            out.append(String.format(Locale.ROOT,
                    "<tr><td>%s</td><td>%d</td><td>%d</td><td>%d</td><td>%.1f</td><td>%.2f</td><td>%.2f</td><td>%.2f</td><td>%.2f</td><td>%.1f</td><td>%.0f</td><td>%d</td><td>%d</td></tr>",
                    escape(result.name()), result.concurrency(), result.requests(), result.failures(),
                    result.throughputPerSecond(), result.p50Millis(), result.p95Millis(), result.p99Millis(),
                    result.sqlStatementsPerRequest(), result.rowsReadPerRequest(), result.heapAfterGcMegabytes(),
                    result.backgroundRanByCaller(),
                    result.backgroundQueuedAtEnd()));
        }
        out.append("</tbody></table><h2>Latency percentiles</h2>").append(percentileChart(results));
        for (ScenarioResult result : results) {
            out.append("<h2>").append(escape(result.name())).append(" at concurrency ").append(result.concurrency())
                    .append("</h2><p>").append(escape(result.description()))
                    .append("</p>");
            if (result.firstFailure() != null) {
                out.append("<p>First failure: <code>").append(escape(result.firstFailure())).append("</code></p>");
            }
            out.append(histogram(result)).append(statements(result));
        }
        return out.append("</main></body></html>").toString();
    }

    private static String percentileChart(List<ScenarioResult> results) {
        double max = results.stream().mapToDouble(ScenarioResult::p99Millis).max().orElse(1);
        int rowHeight = 60;
        int width = 720;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"p50, p95 and p99 latency per scenario\">",
                width, rowHeight * results.size() + 20));
        for (int i = 0; i < results.size(); i++) {
            ScenarioResult result = results.get(i);
            double[] values = {result.p50Millis(), result.p95Millis(), result.p99Millis()};
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"12\">%s</text>",
                    i * rowHeight + 12, escape(result.name())));
            for (int p = 0; p < 3; p++) {
                double barWidth = Math.max(1, values[p] / max * (width - 260));
                int y = i * rowHeight + 16 + p * 13;
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"160\" y=\"%d\" width=\"%.1f\" height=\"11\" fill=\"%s\"/><text x=\"%.1f\" y=\"%d\" font-size=\"10\">p%s %.2f ms</text>",
                        y, barWidth, PERCENTILE_COLOURS[p], 165 + barWidth, y + 9, new String[]{"50", "95", "99"}[p], values[p]));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String histogram(ScenarioResult result) {
        double[] counts = result.histogramCounts();
        double[] bounds = result.histogramBoundsMillis();
        if (counts.length == 0) {
            return "<p>No requests.</p>";
        }
        double max = 1;
        for (double count : counts) {
            max = Math.max(max, count);
        }
        int barWidth = 20;
        int height = 160;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"latency histogram of %s\">",
                counts.length * barWidth + 40, height + 30, escape(result.name())));
        for (int i = 0; i < counts.length; i++) {
            double barHeight = counts[i] / max * height;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"#0c66e4\"><title>≤ %.2f ms: %.0f</title></rect>",
                    i * barWidth, height - barHeight, barWidth - 2, barHeight, bounds[i], counts[i]));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"10\">0 ms</text>", height + 14));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\">%.1f ms</text>",
                (counts.length - 3) * barWidth, height + 14, bounds[bounds.length - 1]));
        return svg.append("</svg>").toString();
    }

    /** The statements that took the most time, per request. */
    private static String statements(ScenarioResult result) {
        if (result.statements().isEmpty()) {
            return "";
        }
        StringBuilder table = new StringBuilder("<table><thead><tr><th>statement (most time first)</th>"
                + "<th>executions / request</th><th>rows / request</th><th>ms / request</th></tr></thead><tbody>");
        for (ScenarioResult.StatementFigure figure : result.statements()) {
            table.append(String.format(Locale.ROOT, "<tr><td><code>%s</code></td><td>%.2f</td><td>%.1f</td><td>%.2f</td></tr>",
                    escape(figure.statement()), figure.executionsPerRequest(), figure.rowsPerRequest(),
                    figure.millisPerRequest()));
        }
        return table.append("</tbody></table>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

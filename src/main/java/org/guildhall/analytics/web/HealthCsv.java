package org.guildhall.analytics.web;

import org.guildhall.analytics.web.HealthJson.FigureJson;
import org.guildhall.analytics.web.HealthJson.SiteResponse;
import org.guildhall.analytics.web.HealthJson.SiteRowJson;

import java.util.ArrayList;
import java.util.List;

/**
 * The site-wide figures as RFC 4180 CSV: space key, name, then each figure and its previous value. Text cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe.
 */
final class HealthCsv {

    private HealthCsv() {
    }

    static String write(SiteResponse site) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("space-key", "name"));
        if (!site.communities().isEmpty()) {
            for (FigureJson figure : site.communities().get(0).figures()) {
                header.add(figure.key());
                header.add(figure.key() + "-previous");
            }
        }
        line(csv, header);
        for (SiteRowJson row : site.communities()) {
            List<String> cells = new ArrayList<>(List.of(cell(row.community().spaceKey()), cell(row.community().name())));
            for (FigureJson figure : row.figures()) {
                cells.add(number(figure.value()));
                cells.add(number(figure.previous()));
            }
            line(csv, cells);
        }
        return csv.toString();
    }

    private static String number(Number value) {
        return value == null ? "" : value instanceof Double share ? String.format(java.util.Locale.ROOT, "%.4f", share)
                : value.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cells.get(i));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || text.contains("'")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}

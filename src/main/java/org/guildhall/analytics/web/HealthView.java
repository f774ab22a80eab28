package org.guildhall.analytics.web;

import org.guildhall.analytics.web.HealthJson.FigureJson;
import org.guildhall.analytics.web.HealthJson.HealthResponse;
import org.guildhall.analytics.web.HealthJson.WeekJson;
import org.guildhall.platform.I18n;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns health figures into what the page, the site-wide table and the macro show: translated labels, formatted
 * values with their previous value and trend, and the charts with their data tables. Plain maps, so templates need
 * no allowlisted accessors.
 */
final class HealthView {

    /** The figures the macro and the site-wide table show. */
    static final List<String> HEADLINE = List.of("active-members", "new-members", "questions-asked", "answered",
            "accepted", "first-answer-median");

    private final I18n i18n;

    HealthView(I18n i18n) {
        this.i18n = i18n;
    }

    List<Map<String, Object>> figures(List<FigureJson> figures, List<String> only) {
        List<Map<String, Object>> views = new ArrayList<>();
        for (FigureJson figure : figures) {
            if (only != null && !only.contains(figure.key())) {
                continue;
            }
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("key", figure.key());
            view.put("label", i18n.text("guildhall.health.figure." + figure.key()));
            view.put("value", format(figure.value(), figure.unit()));
            view.put("previous", format(figure.previous(), figure.unit()));
            view.put("trend", figure.trend() == null ? "none" : figure.trend());
            view.put("arrow", figure.trend() == null ? "" : switch (figure.trend()) {
                case "up" -> "\u25B2";
                case "down" -> "\u25BC";
                default -> "\u25B6";
            });
            view.put("trendLabel", i18n.text("guildhall.health.trend." + (figure.trend() == null ? "none"
                    : figure.trend()), format(figure.previous(), figure.unit())));
            view.put("sortValue", figure.value() == null ? "" : String.valueOf(figure.value()));
            views.add(view);
        }
        return views;
    }

    String format(Number value, String unit) {
        if (value == null) {
            return "\u2013";
        }
        return switch (unit) {
            case "share" -> String.format(Locale.ROOT, "%.0f\u00A0%%", value.doubleValue() * 100);
            case "seconds" -> duration(value.longValue());
            default -> value.toString();
        };
    }

    private String duration(long seconds) {
        long minutes = seconds / 60;
        if (minutes < 60) {
            return i18n.text("guildhall.health.duration.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return i18n.text("guildhall.health.duration.hours", minutes / 60, minutes % 60);
        }
        return i18n.text("guildhall.health.duration.days", minutes / (24 * 60), minutes / 60 % 24);
    }

    /** @return the weekly activity chart: active people per week, and how many answered */
    HealthChart activityChart(HealthResponse health) {
        List<String> weeks = health.weeks().stream().map(WeekJson::start).map(start -> start.substring(5)).toList();
        return new HealthChart("guildhall-health-activity", i18n.text("guildhall.health.chart.activity"), weeks,
                List.of(new HealthChart.Series(i18n.text("guildhall.health.week.active"),
                                health.weeks().stream().map(WeekJson::active).toList()),
                        new HealthChart.Series(i18n.text("guildhall.health.week.answered"),
                                health.weeks().stream().map(WeekJson::answered).toList())));
    }

    /** @return the answers chart: answered, accepted, cross-pollinated and first-time shares, now and before */
    HealthChart answersChart(List<FigureJson> figures) {
        List<String> keys = List.of("answered", "accepted", "cross-pollination", "first-time-answered");
        List<FigureJson> shown = figures.stream().filter(figure -> keys.contains(figure.key())).toList();
        return new HealthChart("guildhall-health-answers", i18n.text("guildhall.health.chart.answers"),
                shown.stream().map(figure -> i18n.text("guildhall.health.chart.answers." + figure.key())).toList(),
                List.of(new HealthChart.Series(i18n.text("guildhall.health.period.current"),
                                shown.stream().map(FigureJson::value).toList()),
                        new HealthChart.Series(i18n.text("guildhall.health.period.previous"),
                                shown.stream().map(FigureJson::previous).toList())));
    }

    /** @return the chart as the template shows it: the SVG, and a table with the same numbers */
    Map<String, Object> chart(HealthChart chart, String unit, String pngUrl) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", chart.id());
        view.put("headingId", chart.id() + "-heading");
        view.put("title", chart.title());
        view.put("svgHtml", chart.svg());
        view.put("pngUrl", pngUrl);
        view.put("series", chart.series().stream().map(HealthChart.Series::name).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int c = 0; c < chart.categories().size(); c++) {
            int category = c;
            rows.add(Map.of("label", chart.categories().get(c), "values", chart.series().stream()
                    .map(series -> format(series.values().get(category), unit)).toList()));
        }
        view.put("rows", rows);
        return view;
    }
}

package org.guildhall.analytics.web;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * A bar chart drawn on the server: as SVG for pages (an image with a title and description, next to a data table
 * with the same numbers) and as PNG for mail and PDF export. Values of one series share one scale.
 *
 * @param id         a page-unique id for the SVG's title and description
 * @param title      the chart's title (already translated)
 * @param categories the labels along the axis
 * @param series     one or two series of values, one per category (null counts as 0)
 */
public record HealthChart(String id, String title, List<String> categories, List<Series> series) {

    /** One series: a name (translated), and a value per category. */
    public record Series(String name, List<? extends Number> values) {
    }

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int LEFT = 40;
    private static final int BOTTOM = 40;
    private static final int TOP = 30;
    private static final String[] COLOURS = {"#0C66E4", "#8590A2"};

    private double max() {
        double max = series.stream().flatMap(one -> one.values().stream()).filter(value -> value != null)
                .mapToDouble(Number::doubleValue).max().orElse(0);
        return max <= 0 ? 1 : max;
    }

    private double value(Series one, int category) {
        Number value = one.values().get(category);
        return value == null ? 0 : value.doubleValue();
    }

    /** @return the SVG element; text is escaped here, so the template may output it as is */
    public String svg() {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"guildhall-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" aria-labelledby=\"").append(id)
                .append("-title\"><title id=\"").append(id).append("-title\">").append(escape(title))
                .append("</title>");
        double max = max();
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int slot = (WIDTH - LEFT - 10) / Math.max(1, categories.size());
        int bar = Math.max(2, (slot - 8) / series.size());
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"")
                .append(WIDTH - 10).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#758195\"/>");
        svg.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(TOP + 4)
                .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#44546F\">").append(format(max))
                .append("</text>");
        for (int c = 0; c < categories.size(); c++) {
            int x = LEFT + c * slot + 4;
            for (int s = 0; s < series.size(); s++) {
                int height = (int) Math.round(value(series.get(s), c) / max * plotHeight);
                svg.append("<rect x=\"").append(x + s * bar).append("\" y=\"").append(HEIGHT - BOTTOM - height)
                        .append("\" width=\"").append(bar - 2).append("\" height=\"").append(height)
                        .append("\" fill=\"").append(COLOURS[s % COLOURS.length]).append("\"/>");
            }
            svg.append("<text x=\"").append(x + slot / 2 - 4).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                    .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#44546F\">")
                    .append(escape(categories.get(c))).append("</text>");
        }
        for (int s = 0; s < series.size(); s++) {
            int x = LEFT + s * 160;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(HEIGHT - 14).append("\" width=\"10\"")
                    .append(" height=\"10\" fill=\"").append(COLOURS[s % COLOURS.length]).append("\"/><text x=\"")
                    .append(x + 14).append("\" y=\"").append(HEIGHT - 5).append("\" font-size=\"11\" fill=\"#172B4D\">")
                    .append(escape(series.get(s).name())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** @return the chart as a PNG image */
    public byte[] png() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            double max = max();
            int plotHeight = HEIGHT - TOP - BOTTOM;
            int slot = (WIDTH - LEFT - 10) / Math.max(1, categories.size());
            int bar = Math.max(2, (slot - 8) / series.size());
            g.setColor(Color.decode("#758195"));
            g.setStroke(new BasicStroke(1));
            g.drawLine(LEFT, HEIGHT - BOTTOM, WIDTH - 10, HEIGHT - BOTTOM);
            for (int c = 0; c < categories.size(); c++) {
                int x = LEFT + c * slot + 4;
                for (int s = 0; s < series.size(); s++) {
                    int height = (int) Math.round(value(series.get(s), c) / max * plotHeight);
                    g.setColor(Color.decode(COLOURS[s % COLOURS.length]));
                    g.fillRect(x + s * bar, HEIGHT - BOTTOM - height, bar - 2, height);
                }
            }
            drawText(g, max);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** Labels need a font; a server without any still gets the bars. */
    private void drawText(Graphics2D g, double max) {
        try {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            g.setColor(Color.decode("#172B4D"));
            g.drawString(title, LEFT, 16);
            g.drawString(format(max), 4, TOP + 4);
            int slot = (WIDTH - LEFT - 10) / Math.max(1, categories.size());
            for (int c = 0; c < categories.size(); c++) {
                g.drawString(categories.get(c), LEFT + c * slot + 4, HEIGHT - BOTTOM + 16);
            }
            for (int s = 0; s < series.size(); s++) {
                g.setColor(Color.decode(COLOURS[s % COLOURS.length]));
                g.fillRect(LEFT + s * 160, HEIGHT - 14, 10, 10);
                g.setColor(Color.decode("#172B4D"));
                g.drawString(series.get(s).name(), LEFT + s * 160 + 14, HEIGHT - 5);
            }
        } catch (RuntimeException | Error noFonts) {
            // headless servers without fonts: the bars alone
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

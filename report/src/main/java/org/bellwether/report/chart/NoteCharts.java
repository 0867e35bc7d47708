package org.bellwether.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.model.NoDataException;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.series.IntradaySeries;
import org.bellwether.facts.Reports;
import org.bellwether.report.note.MarketNote;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.Minute;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/** The note's charts: the price with its level and break, indices rebased to 100, sectors, concentration. */
public final class NoteCharts {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 360;
    private static final ZoneId NEW_YORK = NyseCalendar.INSTANCE.zone();
    private static final Color LEVEL = new Color(0xC0392B);
    private static final Color BREAK = new Color(0x1F77B4);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private NoteCharts() {
    }

    /** The 1-minute closes of the break's session, the level as a line and the breakout bar marked. */
    public static MarketNote.Chart intradayBreak(String name, IntradaySeries bars, Reports.BreakoutRow breakout) {
        TimeSeries closes = new TimeSeries(name);
        long[] starts = bars.starts();
        double[] values = bars.closes();
        TimeZone zone = TimeZone.getTimeZone(NEW_YORK);
        for (int i = 0; i < starts.length; i++) {
            closes.addOrUpdate(new Minute(java.util.Date.from(Instant.ofEpochSecond(starts[i])), zone, Locale.US),
                    values[i]);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, "New York time", "Level",
                new TimeSeriesCollection(closes, zone), false, false, false);
        XYPlot plot = chart.getXYPlot();
        ((DateAxis) plot.getDomainAxis()).setTimeZone(zone);
        plot.getRangeAxis().setAutoRange(true);
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        String level = String.format(Locale.ROOT, "%,.2f", breakout.level());
        ValueMarker line = marker(breakout.level(), LEVEL, (breakout.direction().equals("up") ? "resistance "
                : "support ") + level);
        plot.addRangeMarker(line);
        OffsetDateTime time = OffsetDateTime.parse(breakout.time());
        ValueMarker bar = marker(time.toInstant().toEpochMilli(), BREAK, "break " + time.toLocalTime());
        bar.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        bar.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addDomainMarker(bar);
        style(chart);
        return render("price", name + " on " + time.toLocalDate() + ", 1-minute closes",
                "1-minute closes of " + name + " on " + time.toLocalDate() + "; the red line is the " + level + " "
                        + (breakout.direction().equals("up") ? "resistance" : "support") + " (" + breakout.touches()
                        + " touches), the blue line the breakout bar at " + time.toLocalTime() + ".", chart);
    }

    /** Daily closes over the period, when there is no intraday break to show. */
    public static MarketNote.Chart dailyCloses(String name, DailySeries series, LocalDate from, LocalDate to) {
        TimeSeries closes = daily(name, series, from, to, false);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, "Close", new TimeSeriesCollection(closes),
                false, false, false);
        ((org.jfree.chart.axis.NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        style(chart);
        return render("price", name + ", daily closes", "Daily closes of " + name + " from " + from + " to " + to
                + ".", chart);
    }

    /** Each series' closes rebased to 100 at the period's start level. */
    public static MarketNote.Chart rebased(Map<String, DailySeries> series, LocalDate from, LocalDate to) {
        TimeSeriesCollection dataset = new TimeSeriesCollection();
        series.forEach((name, one) -> dataset.addSeries(daily(name, one, from, to, true)));
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, "Rebased (start = 100)", dataset, true,
                false, false);
        ((org.jfree.chart.axis.NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        chart.getXYPlot().addRangeMarker(new ValueMarker(100, Color.GRAY, new BasicStroke(1f)));
        style(chart);
        return render("relative", "Relative performance, rebased to 100", "Closes of " + String.join(", ",
                series.keySet()) + " divided by their level on " + from + " (the last close on or before it), x 100, "
                + "to " + to + ".", chart);
    }

    /** Each sector's contribution to the index's cap-weighted return, in basis points. */
    public static MarketNote.Chart sectorContributions(String name, Reports.Sectors sectors) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        sectors.sectors().stream().sorted((a, b) -> Double.compare(b.contributionBp(), a.contributionBp()))
                .forEach(row -> dataset.addValue(row.contributionBp(), "contribution", row.sector()));
        JFreeChart chart = ChartFactory.createBarChart(null, null, "Basis points", dataset, PlotOrientation.HORIZONTAL,
                false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRenderer().setSeriesPaint(0, BREAK);
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        style(chart);
        return render("sectors", "Sector contributions to " + name, "Weight at " + sectors.startDate() + " x the "
                + "sector's cap-weighted return to " + sectors.endDate() + "; they add up to the index's "
                + String.format(Locale.ROOT, "%+.2f%%", sectors.indexReturnPct()) + " cap-weighted.", chart);
    }

    /** The weight of the top five members, session by session. */
    public static MarketNote.Chart topWeight(String name, List<LocalDate> dates, List<Double> weights) {
        TimeSeries series = new TimeSeries("top five weight");
        for (int i = 0; i < dates.size(); i++) {
            series.addOrUpdate(day(dates.get(i)), weights.get(i));
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, "Top five weight (%)",
                new TimeSeriesCollection(series), false, false, false);
        ((org.jfree.chart.axis.NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        style(chart);
        return render("concentration", "Concentration of " + name, "Weight of the five largest members of " + name
                + " at each close from " + dates.get(0) + " to " + dates.get(dates.size() - 1) + ".", chart);
    }

    private static TimeSeries daily(String name, DailySeries series, LocalDate from, LocalDate to, boolean rebase) {
        TimeSeries result = new TimeSeries(name);
        int base = series.indexOnOrBefore(from);
        if (base < 0) {
            throw new NoDataException(series.symbol() + " has no close on or before " + from);
        }
        int end = series.indexOnOrBefore(to);
        for (int i = base; i <= end; i++) {
            result.addOrUpdate(day(series.date(i)), rebase ? series.close(i) / series.close(base) * 100
                    : series.close(i));
        }
        return result;
    }

    private static Day day(LocalDate date) {
        return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static ValueMarker marker(double value, Color color, String label) {
        ValueMarker marker = new ValueMarker(value, color, new BasicStroke(2f));
        marker.setLabel(label);
        marker.setLabelPaint(color);
        marker.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        return marker;
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setDomainGridlinePaint(new Color(0xDDDDDD));
            plot.setRangeGridlinePaint(new Color(0xDDDDDD));
            plot.getRenderer().setSeriesPaint(0, new Color(0x222222));
            plot.getRenderer().setSeriesStroke(0, new BasicStroke(1.5f));
        }
    }

    private static MarketNote.Chart render(String id, String title, String caption, JFreeChart chart) {
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(svg, new Rectangle(WIDTH, HEIGHT));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MarketNote.Chart(id, title, caption, svg.getSVGDocument(), png.toByteArray());
    }
}

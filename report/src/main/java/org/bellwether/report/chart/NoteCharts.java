package org.bellwether.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Minute;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
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
        XYSeries volumes = new XYSeries("volume");
        long[] starts = bars.starts();
        double[] values = bars.closes();
        TimeZone zone = TimeZone.getTimeZone(NEW_YORK);
        for (int i = 0; i < starts.length; i++) {
            closes.addOrUpdate(new Minute(java.util.Date.from(Instant.ofEpochSecond(starts[i])), zone, Locale.US),
                    values[i]);
            if (!Double.isNaN(bars.volume(i)) && bars.volume(i) > 0) {
                volumes.add(starts[i] * 1000.0, bars.volume(i));
            }
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, "New York time", "Level",
                new TimeSeriesCollection(closes, zone), false, false, false);
        XYPlot plot = chart.getXYPlot();
        ((DateAxis) plot.getDomainAxis()).setTimeZone(zone);
        plot.getRangeAxis().setAutoRange(true);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        String level = String.format(Locale.ROOT, "%,.2f", breakout.level());
        ValueMarker line = marker(breakout.level(), LEVEL, (breakout.direction().equals("up") ? "resistance "
                : "support ") + level);
        plot.addRangeMarker(line);
        OffsetDateTime time = OffsetDateTime.parse(breakout.time());
        ValueMarker bar = marker(time.toInstant().toEpochMilli(), BREAK, "break " + time.toLocalTime());
        bar.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        bar.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addDomainMarker(bar);
        chart = withVolume(plot, volumes, plot.getDomainAxis(), false);
        return render("price", name + " on " + time.toLocalDate() + ", 1-minute closes and volume",
                "1-minute closes of " + name + " on " + time.toLocalDate() + "; the red line is the " + level + " "
                        + (breakout.direction().equals("up") ? "resistance" : "support") + " (" + breakout.touches()
                        + " touches), the blue line the breakout bar at " + time.toLocalTime() + "; the bars below "
                        + "are each minute's volume.", chart);
    }

    /**
     * Daily closes over the period on a session axis, when there is no intraday break to show, with the sessions'
     * volume below them when the series has any.
     */
    public static MarketNote.Chart dailyCloses(String name, DailySeries series, LocalDate from, LocalDate to) {
        int base = first(series, from);
        int end = series.indexOnOrBefore(to);
        List<LocalDate> sessions = new ArrayList<>();
        XYSeries closes = new XYSeries(name);
        XYSeries volumes = new XYSeries("volume");
        for (int i = base; i <= end; i++) {
            closes.add(sessions.size(), series.close(i));
            if (!Double.isNaN(series.volume(i)) && series.volume(i) > 0) {
                volumes.add(sessions.size(), series.volume(i));
            }
            sessions.add(series.date(i));
        }
        XYPlot price = linePlot(new XYSeriesCollection(closes), "Close");
        JFreeChart chart = withVolume(price, volumes, sessionAxis(sessions), false);
        return render("price", name + ", daily closes", "Daily closes of " + name + " from " + from + " to " + to
                + ", one point a session" + (volumes.isEmpty() ? "" : "; the bars below are each session's volume")
                + ".", chart);
    }

    /** Each series' closes rebased to 100 at the period's start level, on the first series' sessions. */
    public static MarketNote.Chart rebased(Map<String, DailySeries> series, LocalDate from, LocalDate to) {
        DailySeries first = series.values().iterator().next();
        List<LocalDate> sessions = new ArrayList<>();
        for (int i = first(first, from); i <= first.indexOnOrBefore(to); i++) {
            sessions.add(first.date(i));
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        series.forEach((name, one) -> {
            XYSeries rebased = new XYSeries(name);
            double start = one.close(first(one, from));
            for (int x = 0; x < sessions.size(); x++) {
                int at = one.indexOnOrBefore(sessions.get(x));
                if (at >= 0 && one.date(at).equals(sessions.get(x))) {
                    rebased.add(x, one.close(at) / start * 100);
                }
            }
            dataset.addSeries(rebased);
        });
        XYPlot plot = linePlot(dataset, "Rebased (start = 100)");
        plot.setDomainAxis(sessionAxis(sessions));
        plot.addRangeMarker(new ValueMarker(100, Color.GRAY, new BasicStroke(1f)));
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        return render("relative", "Relative performance, rebased to 100", "Closes of " + String.join(", ",
                series.keySet()) + " divided by their level on " + from + " (the last close on or before it), x 100, "
                + "to " + to + ", one point a session.", chart);
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
        return render("sectors", "Sector contributions to " + name, "Weight at " + sectors.startDate() + " x the "
                + "sector's cap-weighted return to " + sectors.endDate() + "; they add up to the index's "
                + String.format(Locale.ROOT, "%+.2f%%", sectors.indexReturnPct()) + " cap-weighted.", chart);
    }

    /** The weight of the top five members, session by session. */
    public static MarketNote.Chart topWeight(String name, List<LocalDate> dates, List<Double> weights) {
        XYSeries series = new XYSeries("top five weight");
        for (int i = 0; i < dates.size(); i++) {
            series.add(i, weights.get(i));
        }
        XYPlot plot = linePlot(new XYSeriesCollection(series), "Top five weight (%)");
        plot.setDomainAxis(sessionAxis(dates));
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        return render("concentration", "Concentration of " + name, "Weight of the five largest members of " + name
                + " at each close from " + dates.get(0) + " to " + dates.get(dates.size() - 1) + ".", chart);
    }

    /** The index of the last session on or before {@code from}: where a period's chart starts. */
    private static int first(DailySeries series, LocalDate from) {
        int base = series.indexOnOrBefore(from);
        if (base < 0) {
            throw new NoDataException(series.symbol() + " has no close on or before " + from);
        }
        return base;
    }

    /** A line plot of {@code dataset} whose range leaves zero out, on an axis to be set. */
    private static XYPlot linePlot(XYSeriesCollection dataset, String rangeLabel) {
        NumberAxis range = new NumberAxis(rangeLabel);
        range.setAutoRangeIncludesZero(false);
        return new XYPlot(dataset, null, range, new XYLineAndShapeRenderer(true, false));
    }

    /**
     * {@code price} above the bars of {@code volumes} on one domain {@code axis} (the price alone when there is no
     * volume), as one chart.
     */
    private static JFreeChart withVolume(XYPlot price, XYSeries volumes, ValueAxis axis, boolean legend) {
        if (volumes.isEmpty()) {
            price.setDomainAxis(axis);
            return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, price, legend);
        }
        NumberAxis volumeAxis = new NumberAxis("Volume");
        volumeAxis.setNumberFormatOverride(new CompactNumberFormat());
        XYBarRenderer bars = new XYBarRenderer(0.2);
        bars.setShadowVisible(false);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setSeriesPaint(0, new Color(0x9AA5B1));
        XYPlot volume = new XYPlot(new XYSeriesCollection(volumes), null, volumeAxis, bars);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(axis);
        combined.setGap(6);
        combined.add(price, 3);
        combined.add(volume, 1);
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, combined, legend);
    }

    /**
     * A session axis: x is the session's number in {@code sessions}, labelled with its date, so that weekends and
     * holidays take no room and a line never runs flat across them.
     */
    private static NumberAxis sessionAxis(List<LocalDate> sessions) {
        NumberAxis axis = new NumberAxis();
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(-0.5, sessions.size() - 0.5);
        axis.setNumberFormatOverride(new SessionFormat(sessions));
        return axis;
    }

    /** A number format for axis labels only: it prints {@link #label}, and parsing finds nothing. */
    private abstract static class LabelFormat extends NumberFormat {
        abstract String label(double number);

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition position) {
            return to.append(label(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition position) {
            return format((double) number, to, position);
        }

        @Override
        public Number parse(String source, ParsePosition position) {
            position.setErrorIndex(position.getIndex()); // labels are printed, never read back
            return null;
        }
    }

    /** A session number as its date ("Jan 5"); nothing between sessions or outside them. */
    private static final class SessionFormat extends LabelFormat {
        private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM d", Locale.US);
        private final List<LocalDate> sessions;

        SessionFormat(List<LocalDate> sessions) {
            this.sessions = sessions;
        }

        @Override
        String label(double number) {
            long session = Math.round(number);
            return Math.abs(number - session) > 1e-9 || session < 0 || session >= sessions.size() ? ""
                    : LABEL.format(sessions.get((int) session));
        }
    }

    /** Volumes as a reader takes them in: "12M", "850K". */
    private static final class CompactNumberFormat extends LabelFormat {
        private final NumberFormat compact = NumberFormat.getCompactNumberInstance(Locale.US, NumberFormat.Style.SHORT);

        @Override
        String label(double number) {
            return compact.format(number);
        }
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
        List<XYPlot> plots = chart.getPlot() instanceof CombinedDomainXYPlot combined ? combined.getSubplots()
                : chart.getPlot() instanceof XYPlot plot ? List.of(plot) : List.of();
        for (XYPlot plot : plots) {
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(new Color(0xDDDDDD));
            plot.setRangeGridlinePaint(new Color(0xDDDDDD));
            if (!(plot.getRenderer() instanceof XYBarRenderer)) {
                plot.getRenderer().setSeriesPaint(0, new Color(0x222222));
                plot.getRenderer().setSeriesStroke(0, new BasicStroke(1.5f));
            }
        }
    }

    private static MarketNote.Chart render(String id, String title, String caption, JFreeChart chart) {
        style(chart);
        chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 15)));
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

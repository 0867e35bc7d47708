package org.bellwether.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.series.DailySeries;
import org.bellwether.facts.MarketData;
import org.bellwether.facts.RealSpx;
import org.bellwether.report.note.MarketNote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The note's daily charts run on sessions, on the real S&P 500 over the 2019 year end (a weekend, two holidays). */
class NoteChartsTest {

    private static final LocalDate FROM = LocalDate.of(2019, 12, 20);
    private static final LocalDate TO = LocalDate.of(2020, 1, 10);
    private static final Pattern LABEL = Pattern.compile(">((?:Dec|Jan) \\d{1,2})<");
    private static DailySeries spx;

    @BeforeAll
    static void store(@TempDir Path dir) throws IOException {
        spx = new MarketData(RealSpx.store(dir, "spx.duckdb")).daily("SPX").require();
    }

    /** The dates a chart's axis is labelled with, in its SVG. */
    private static List<LocalDate> labels(MarketNote.Chart chart) {
        Matcher m = LABEL.matcher(chart.svg());
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM d", Locale.US);
        return m.results().map(r -> MonthDay.parse(r.group(1), format))
                .map(day -> day.atYear(day.getMonthValue() == 12 ? 2019 : 2020)).toList();
    }

    @Test
    void the_price_chart_labels_only_sessions_and_shows_its_title_and_volume() {
        MarketNote.Chart chart = NoteCharts.dailyCloses("S&P 500", spx, FROM, TO);
        assertThat(labels(chart)).as("a session axis: no weekend or holiday takes room").isNotEmpty()
                .allMatch(NyseCalendar.INSTANCE::isSession);
        assertThat(chart.svg()).contains("S&amp;P 500, daily closes");
        // 14 sessions from December 20 to January 10 (no December 25, no January 1): a volume bar each
        assertThat(Pattern.compile("<rect [^>]*fill:rgb\\(154,165,177\\)").matcher(chart.svg()).results().count())
                .isEqualTo(14);
        assertThat(chart.caption()).contains("one point a session").contains("volume");
    }

    @Test
    void the_rebased_chart_runs_on_the_first_series_sessions() {
        Map<String, DailySeries> series = new LinkedHashMap<>();
        series.put("S&P 500", spx);
        MarketNote.Chart chart = NoteCharts.rebased(series, FROM, TO);
        assertThat(labels(chart)).isNotEmpty().allMatch(NyseCalendar.INSTANCE::isSession);
        assertThat(chart.svg()).contains("Relative performance, rebased to 100");
    }
}

package org.bellwether.spark;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.calendar.SessionIndex;
import org.bellwether.core.model.IncompleteDataException;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.series.Freshness;
import org.bellwether.core.screen.UniverseScreen;
import org.bellwether.facts.FactsEngine;
import org.bellwether.facts.Reports;

/**
 * The universe screen on Spark: the dataset's daily bars grouped by symbol, each group run through the same kernel
 * as {@code bellwether screen} ({@link UniverseScreen#compute}, then {@link FactsEngine#screenRow}) against the
 * benchmark's bars broadcast to every task, so each row holds the same doubles as the embedded engine's.
 */
public final class SparkScreen {

    /** The result rows' schema (the columns of {@code bellwether screen --json}, with the as-of date and benchmark). */
    public static final StructType RESULT = new StructType()
            .add("symbol", DataTypes.StringType, false)
            .add("as_of", DataTypes.DateType, false)
            .add("vs", DataTypes.StringType, false)
            .add("return_mtd_pct", DataTypes.DoubleType)
            .add("return_ytd_pct", DataTypes.DoubleType)
            .add("volatility_20_pct", DataTypes.DoubleType)
            .add("beta_60", DataTypes.DoubleType)
            .add("correlation_60", DataTypes.DoubleType)
            .add("records_ytd", DataTypes.IntegerType)
            .add("breakout_252", DataTypes.BooleanType)
            .add("stale_since", DataTypes.DateType);

    private SparkScreen() {
    }

    /**
     * The screen as of {@code asOf} against {@code vs} of every symbol with daily bars in {@code dataset} since the
     * screen's first day ({@link FactsEngine#screenWindowStart}), as the embedded screen of the whole universe.
     */
    public static Dataset<Row> screen(SparkSession spark, String dataset, String vs, LocalDate asOf) {
        LocalDate yearStart = asOf.with(TemporalAdjusters.firstDayOfYear());
        boolean localDates = PerSymbol.localDates(spark); // read here: the session is the driver's, not the tasks'
        Object asOfValue = PerSymbol.date(localDates, asOf);
        int firstScreened = (int) FactsEngine.screenWindowStart(asOf).toEpochDay();
        // a screen against a benchmark without a level on the day compares with nothing: refused, as embedded
        Consumer<DailySeries> levelOnTheDay = benchmark -> Freshness.unknownLevel(benchmark, asOf,
                SessionIndex.of(NyseCalendar.INSTANCE)).ifPresent(reason -> {
                    throw new IncompleteDataException(reason);
                });
        return PerSymbol.run(spark, dataset, vs, levelOnTheDay, RESULT, (one, benchmark) -> {
            if (one.days()[one.days().length - 1] < firstScreened) {
                return List.of(); // no bar in the screen's windows: not in the universe, as in the embedded screen
            }
            // the sessions the embedded screen reads: its windows', the whole history only when gaps leave too few
            DailySeries read = one.seriesSince(firstScreened);
            if (FactsEngine.screenNeedsWholeHistory(read, asOf, one.days()[0] < yearStart.toEpochDay())) {
                read = one.series();
            }
            Reports.ScreenRow row = FactsEngine.screenRow(one.symbol(), UniverseScreen.compute(read, benchmark, asOf,
                    one.highestCloseBefore(yearStart), SessionIndex.of(NyseCalendar.INSTANCE)));
            return row == null ? List.of() : List.of(RowFactory.create(row.symbol(), asOfValue, vs,
                    row.returnMtdPct(), row.returnYtdPct(), row.volatility20Pct(), row.beta60(), row.correlation60(),
                    row.recordsYtd(), row.breakout252(), row.staleSince() == null ? null
                            : PerSymbol.date(localDates, row.staleSince())));
        });
    }

    /** The rows of {@link #screen} as the embedded engine's report. */
    public static Reports.Screen report(List<Row> rows, String vs, LocalDate asOf) {
        List<Reports.ScreenRow> screened = new ArrayList<>();
        for (Row row : rows) {
            screened.add(new Reports.ScreenRow(row.getString(0), row.getDouble(3), row.getDouble(4), row.getDouble(5),
                    row.getDouble(6), row.getDouble(7), row.getInt(8), row.isNullAt(9) ? null : row.getBoolean(9),
                    row.isNullAt(10) ? null : PerSymbol.localDate(row.get(10))));
        }
        return new Reports.Screen(asOf, vs, screened, null);
    }
}

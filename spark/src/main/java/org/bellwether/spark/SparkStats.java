package org.bellwether.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bellwether.facts.FactsEngine;
import org.bellwether.facts.Reports;

/**
 * Volatility, beta, correlation, tracking error and drawdown of every symbol against an index over a date range on
 * Spark, each symbol through {@link FactsEngine#stats(org.bellwether.core.series.DailySeries,
 * org.bellwether.core.series.DailySeries, LocalDate, LocalDate)}, the embedded {@code bellwether stats}'s kernel.
 */
public final class SparkStats {

    /** The result rows' schema (the fields of {@code bellwether stats --json}, with the range). */
    public static final StructType RESULT = new StructType()
            .add("symbol", DataTypes.StringType, false)
            .add("vs", DataTypes.StringType, false)
            .add("from_date", DataTypes.DateType, false)
            .add("to_date", DataTypes.DateType, false)
            .add("sessions", DataTypes.IntegerType, false)
            .add("volatility_pct", DataTypes.DoubleType)
            .add("beta", DataTypes.DoubleType)
            .add("correlation", DataTypes.DoubleType)
            .add("tracking_error_pct", DataTypes.DoubleType)
            .add("max_drawdown_pct", DataTypes.DoubleType);

    private SparkStats() {
    }

    /** The statistics of every symbol of {@code dataset} against {@code vs} over {@code [from, to]}. */
    public static Dataset<Row> stats(SparkSession spark, String dataset, String vs, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to must not be before --from, but " + to + " is before " + from);
        }
        Object fromValue = PerSymbol.date(PerSymbol.localDates(spark), from);
        Object toValue = PerSymbol.date(PerSymbol.localDates(spark), to);
        return PerSymbol.run(spark, dataset, vs, RESULT, (one, benchmark) -> {
            Reports.Stats stats = FactsEngine.stats(one.series(), benchmark, from, to);
            return List.of(RowFactory.create(stats.symbol(), vs, fromValue, toValue, stats.sessions(),
                    stats.volatilityPct(), stats.beta(), stats.correlation(), stats.trackingErrorPct(),
                    stats.maxDrawdownPct()));
        });
    }

    /** The rows of {@link #stats} as the embedded engine's reports. */
    public static List<Reports.Stats> reports(List<Row> rows) {
        List<Reports.Stats> stats = new ArrayList<>();
        for (Row row : rows) {
            stats.add(new Reports.Stats(row.getString(0), row.getString(1), row.getInt(4), row.getDouble(5),
                    row.getDouble(6), row.getDouble(7), row.getDouble(8), row.getDouble(9), List.of()));
        }
        return stats;
    }

    /** The JSON document of {@code bellwether spark stats --json}: the range and one {@code stats} object a symbol. */
    public static Map<String, Object> document(String vs, LocalDate from, LocalDate to, List<Reports.Stats> rows) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("vs", vs);
        document.put("from", from.toString());
        document.put("to", to.toString());
        document.put("rows", rows);
        return document;
    }
}

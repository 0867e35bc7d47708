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
 * Record closes (DESIGN: "Record high") of every symbol on Spark, a row per record of the year up to the as-of date,
 * each symbol through {@link FactsEngine#records(org.bellwether.core.series.DailySeries, Integer, LocalDate,
 * boolean)}, the embedded {@code bellwether records}'s kernel.
 */
public final class SparkRecords {

    /** The result rows' schema: one row per record close, with the symbol's history start and the job's year and date. */
    public static final StructType RESULT = new StructType()
            .add("symbol", DataTypes.StringType, false)
            .add("date", DataTypes.DateType, false)
            .add("close", DataTypes.DoubleType, false)
            .add("history_start", DataTypes.DateType, false)
            .add("year", DataTypes.IntegerType, false)
            .add("as_of", DataTypes.DateType, false);

    private SparkRecords() {
    }

    /** The record closes of {@code year} up to {@code asOf} of every symbol of {@code dataset}, by symbol and date. */
    public static Dataset<Row> records(SparkSession spark, String dataset, int year, LocalDate asOf) {
        boolean localDates = PerSymbol.localDates(spark);
        Object asOfValue = PerSymbol.date(localDates, asOf);
        return PerSymbol.run(spark, dataset, null, RESULT, (one, none) -> {
            Reports.Records records = FactsEngine.records(one.series(), year, asOf, false);
            List<Row> rows = new ArrayList<>();
            for (Reports.RecordClose record : records.records()) {
                rows.add(RowFactory.create(one.symbol(), PerSymbol.date(localDates, record.date()), record.close(),
                        PerSymbol.date(localDates, records.historyStart()), year, asOfValue));
            }
            return rows;
        }, "date");
    }

    /** The JSON document: the year, the date, and per symbol with records its count and record closes. */
    public static Map<String, Object> document(int year, LocalDate asOf, List<Row> rows) {
        Map<String, List<Map<String, Object>>> bySymbol = new LinkedHashMap<>();
        for (Row row : rows) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("date", row.get(1).toString());
            record.put("close", row.getDouble(2));
            bySymbol.computeIfAbsent(row.getString(0), s -> new ArrayList<>()).add(record);
        }
        List<Map<String, Object>> symbols = new ArrayList<>();
        bySymbol.forEach((symbol, records) -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("symbol", symbol);
            one.put("count", records.size());
            one.put("records", records);
            symbols.add(one);
        });
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("year", year);
        document.put("as_of", asOf.toString());
        document.put("symbols", symbols);
        return document;
    }
}

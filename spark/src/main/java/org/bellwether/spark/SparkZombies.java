package org.bellwether.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bellwether.core.model.FiscalPeriod;
import org.bellwether.core.model.Member;
import org.bellwether.facts.BalanceSheetFacts;
import org.bellwether.facts.Reports.ZombieCompany;
import org.bellwether.facts.Reports;

/**
 * The zombie screen of an index (DESIGN: "Zombie") on Spark: each member's fiscal years from the dataset's
 * {@code fundamentals}, grouped by company, through {@link BalanceSheetFacts#company}, the embedded
 * {@code bellwether zombies}'s kernel; the companies' rows are the results, and {@link BalanceSheetFacts#zombies(
 * String, LocalDate, List, Map, Map)} makes the same screen of them as the embedded engine.
 */
public final class SparkZombies {

    /** A row per member with a fiscal year that counts on the date: the companies of {@code bellwether zombies --json}. */
    public static final StructType RESULT = new StructType()
            .add("index_symbol", DataTypes.StringType, false)
            .add("as_of", DataTypes.DateType, false)
            .add("symbol", DataTypes.StringType, false)
            .add("sector", DataTypes.StringType)
            .add("period_end", DataTypes.DateType, false)
            .add("coverage", DataTypes.DoubleType, false)
            .add("zombie", DataTypes.BooleanType, false)
            .add("strict", DataTypes.BooleanType)
            .add("leverage", DataTypes.DoubleType, false)
            .add("floating_share", DataTypes.DoubleType, false)
            .add("market_cap", DataTypes.DoubleType, false)
            .add("total_debt", DataTypes.DoubleType, false)
            .add("floating_rate_debt", DataTypes.DoubleType, false)
            .add("ebit", DataTypes.DoubleType, false)
            .add("interest_expense", DataTypes.DoubleType, false);

    private SparkZombies() {
    }

    /** The company rows of the zombie screen of {@code index}'s members on {@code asOf}, by symbol. */
    public static Dataset<Row> companies(SparkSession spark, String dataset, String index, LocalDate asOf) {
        List<String> members = Memberships.read(spark, dataset, index).on(asOf).stream().map(Member::symbol)
                .distinct().toList();
        if (members.isEmpty()) {
            throw new IllegalArgumentException("the dataset " + dataset + " has no members of " + index + " on "
                    + asOf);
        }
        Map<String, String> sectors = new HashMap<>();
        Map<String, Integer> founded = new HashMap<>();
        for (Row row : PerSymbol.table(spark, dataset, "instruments").select("symbol", "sector", "founded").collectAsList()) {
            if (!row.isNullAt(1)) {
                sectors.put(row.getString(0), row.getString(1));
            }
            if (!row.isNullAt(2)) {
                founded.put(row.getString(0), row.getInt(2));
            }
        }
        boolean localDates = PerSymbol.localDates(spark);
        Dataset<Row> fundamentals = PerSymbol.table(spark, dataset, "fundamentals");
        // a dataset exported before filing dates were stored has none: its periods count from end plus the lag
        Column filed = Arrays.asList(fundamentals.columns()).contains("filed") ? col("filed")
                : lit(null).cast(DataTypes.DateType);
        return PerSymbol.sorted(fundamentals
                .filter(coalesce(col("fiscal_months"), lit(12)).equalTo(12).and(col("symbol").isin(members.toArray())))
                .select(col("symbol"), col("period_end"), col("ebit"), col("ebitda"), col("interest_expense"),
                        col("total_debt"), col("floating_rate_debt"), col("market_cap"), filed.as("filed"))
                .groupByKey((MapFunction<Row, String>) row -> row.getString(0), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (symbol, rows) -> {
                    List<FiscalPeriod> periods = new ArrayList<>();
                    rows.forEachRemaining(row -> periods.add(new FiscalPeriod(PerSymbol.localDate(row.get(1)),
                            SymbolBars.orNaN(row, 2), SymbolBars.orNaN(row, 3), SymbolBars.orNaN(row, 4),
                            SymbolBars.orNaN(row, 5), SymbolBars.orNaN(row, 6), SymbolBars.orNaN(row, 7),
                            row.isNullAt(8) ? null : PerSymbol.localDate(row.get(8)))));
                    periods.sort(Comparator.comparing(FiscalPeriod::periodEnd));
                    ZombieCompany c = BalanceSheetFacts.company(symbol, periods, sectors.get(symbol),
                            founded.get(symbol), asOf);
                    return (c == null ? List.<Row>of() : List.of(RowFactory.create(index, PerSymbol.date(localDates,
                            asOf), c.symbol(), c.sector(), PerSymbol.date(localDates, c.periodEnd()), c.coverage(),
                            c.zombie(), c.strict(), c.leverage(), c.floatingShare(), c.marketCap(), c.totalDebt(),
                            c.floatingRateDebt(), c.ebit(), c.interestExpense()))).iterator();
                }, Encoders.row(RESULT)), "symbol");
    }

    /** The screen of the company rows: the embedded engine's report of {@code index} on {@code asOf}. */
    public static Reports.Zombies screen(SparkSession spark, String dataset, String index, LocalDate asOf,
            List<Row> rows) {
        Map<String, String> sectors = new HashMap<>();
        Map<String, ZombieCompany> companies = new LinkedHashMap<>();
        for (Row row : rows) {
            ZombieCompany company = company(row);
            companies.put(company.symbol(), company);
        }
        for (Row row : PerSymbol.table(spark, dataset, "instruments").filter(col("sector").isNotNull())
                .select("symbol", "sector").collectAsList()) {
            sectors.put(row.getString(0), row.getString(1));
        }
        return BalanceSheetFacts.zombies(index, asOf, Memberships.read(spark, dataset, index).on(asOf), sectors,
                companies);
    }

    /** A result row as the embedded engine's company row. */
    public static ZombieCompany company(Row row) {
        return new ZombieCompany(row.getString(2), row.getString(3), PerSymbol.localDate(row.get(4)), row.getDouble(5),
                row.getBoolean(6), row.isNullAt(7) ? null : row.getBoolean(7), row.getDouble(8), row.getDouble(9),
                row.getDouble(10), row.getDouble(11), row.getDouble(12), row.getDouble(13), row.getDouble(14));
    }
}

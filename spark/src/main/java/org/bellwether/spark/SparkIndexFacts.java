package org.bellwether.spark;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bellwether.core.breadth.MemberState;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.calendar.SessionIndex;
import org.bellwether.core.model.Member;
import org.bellwether.core.series.DailySeries;
import org.bellwether.facts.IndexFacts.MemberWeight;
import org.bellwether.facts.IndexFacts;
import org.bellwether.facts.Reports;

/**
 * Breadth and concentration of an index from its point-in-time membership (DESIGN: "Breadth", "Concentration") at
 * every session of a range on Spark: each member's bars give its signals or weight for every session it was a member
 * (the per-symbol kernels {@link IndexFacts#memberState} and {@link IndexFacts#memberWeight}), and each session's are
 * combined by {@link IndexFacts#breadth(String, LocalDate, int, List)} and {@link IndexFacts#concentration(String,
 * LocalDate, int, LocalDate, boolean, int, List)}, as the embedded {@code bellwether breadth} and {@code concentration}.
 */
public final class SparkIndexFacts {

    /** Breadth rows: an index's breadth on a session, the fields of {@code bellwether breadth --json}. */
    public static final StructType BREADTH = new StructType()
            .add("index_symbol", DataTypes.StringType, false)
            .add("as_of", DataTypes.DateType, false)
            .add("members", DataTypes.IntegerType, false)
            .add("with_data", DataTypes.IntegerType, false)
            .add("above_50d", DataTypes.IntegerType, false)
            .add("above_50d_pct", DataTypes.DoubleType, false)
            .add("advancers", DataTypes.IntegerType, false)
            .add("decliners", DataTypes.IntegerType, false)
            .add("unchanged", DataTypes.IntegerType, false)
            .add("new_highs", DataTypes.IntegerType, false)
            .add("new_lows", DataTypes.IntegerType, false)
            .add("net_new_highs", DataTypes.IntegerType, false);

    /** Concentration rows: an index's concentration on a session, the fields of {@code bellwether concentration --json}. */
    public static final StructType CONCENTRATION = new StructType()
            .add("index_symbol", DataTypes.StringType, false)
            .add("as_of", DataTypes.DateType, false)
            .add("members", DataTypes.IntegerType, false)
            .add("with_data", DataTypes.IntegerType, false)
            .add("weighting", DataTypes.StringType, false)
            .add("top_n", DataTypes.IntegerType, false)
            .add("top_weight_pct", DataTypes.DoubleType, false)
            .add("herfindahl", DataTypes.DoubleType, false)
            .add("effective_number", DataTypes.DoubleType, false)
            .add("period_start", DataTypes.DateType, false)
            .add("cap_weighted_return_pct", DataTypes.DoubleType, false)
            .add("equal_weighted_return_pct", DataTypes.DoubleType, false)
            .add("cap_minus_equal_bp", DataTypes.DoubleType, false);

    /** The exchange calendar members' closes are judged stale on, as the embedded engine does. */
    private static final SessionIndex SESSIONS = SessionIndex.of(NyseCalendar.INSTANCE);
    /** The jobs' results carry member counts, not the index weight the members with data hold. */
    private static final double WEIGHT_NOT_TRACKED = Double.NaN;

    /** A member's signals on a session (nulls where its history is too short). */
    private static final StructType STATE = new StructType()
            .add("day", DataTypes.IntegerType, false)
            .add("above_50d", DataTypes.BooleanType)
            .add("change", DataTypes.IntegerType)
            .add("new_high", DataTypes.BooleanType)
            .add("new_low", DataTypes.BooleanType);

    /** A member's weight on a session, and at the period's start with its return since when it had a close then. */
    private static final StructType WEIGHT = new StructType()
            .add("day", DataTypes.IntegerType, false)
            .add("symbol", DataTypes.StringType, false)
            .add("spell_from", DataTypes.IntegerType, false)
            .add("now", DataTypes.DoubleType, false)
            .add("held", DataTypes.BooleanType, false)
            .add("start", DataTypes.DoubleType, false)
            .add("period_return", DataTypes.DoubleType, false);

    private SparkIndexFacts() {
    }

    /** The breadth of {@code index} at each of its sessions in {@code [from, to]}. */
    public static Dataset<Row> breadth(SparkSession spark, String dataset, String index, LocalDate from, LocalDate to) {
        Memberships memberships = Memberships.read(spark, dataset, index);
        List<LocalDate> sessions = sessions(spark, dataset, index, from, to, memberships);
        Map<Integer, Integer> memberCounts = new HashMap<>();
        sessions.forEach(date -> memberCounts.put((int) date.toEpochDay(), memberships.on(date).size()));
        Dataset<Row> states = PerSymbol.unordered(spark, dataset, memberships.symbols(), null, STATE, (one, none) -> {
            List<Row> rows = new ArrayList<>();
            DailySeries all = one.series();
            for (LocalDate date : sessions) {
                int spells = memberships.of(one.symbol(), date).size();
                if (spells == 0) {
                    continue;
                }
                IndexFacts.memberState(SymbolBars.since(all, IndexFacts.breadthReadStart(date)), date).ifPresent(state -> {
                    for (int i = 0; i < spells; i++) {
                        rows.add(RowFactory.create((int) date.toEpochDay(), state.aboveSma50(), state.change(),
                                state.newHigh(), state.newLow()));
                    }
                });
            }
            return rows;
        });
        boolean localDates = PerSymbol.localDates(spark);
        Map<LocalDate, Row> byDate = new HashMap<>();
        states.groupByKey((MapFunction<Row, Integer>) row -> row.getInt(0), Encoders.INT())
                .flatMapGroups((FlatMapGroupsFunction<Integer, Row, Row>) (day, rows) -> {
                    List<MemberState> found = new ArrayList<>();
                    rows.forEachRemaining(row -> found.add(new MemberState((Boolean) row.get(1),
                            (Integer) row.get(2), (Boolean) row.get(3), (Boolean) row.get(4))));
                    LocalDate date = LocalDate.ofEpochDay(day);
                    return List.of(breadthRow(IndexFacts.breadth(index, date, memberCounts.get(day), WEIGHT_NOT_TRACKED, found),
                            localDates)).iterator();
                }, Encoders.row(BREADTH))
                .collectAsList().forEach(row -> byDate.put(PerSymbol.localDate(row.get(1)), row));
        List<Row> rows = new ArrayList<>();
        for (LocalDate date : sessions) { // a session without any member's bar: no data, as the embedded engine says
            rows.add(byDate.getOrDefault(date, breadthRow(IndexFacts.breadth(index, date, memberCounts.get(
                    (int) date.toEpochDay()), WEIGHT_NOT_TRACKED, List.of()), localDates)));
        }
        return spark.createDataFrame(rows, BREADTH);
    }

    /**
     * The concentration of {@code index} at each of its sessions in {@code [from, to]}: the top {@code topN}
     * members' weight, and cap- against equal-weighted return from {@code periodStart} (null: from the previous
     * year's last close of each session).
     */
    public static Dataset<Row> concentration(SparkSession spark, String dataset, String index, LocalDate from,
            LocalDate to, int topN, LocalDate periodStart) {
        if (topN < 1) {
            throw new IllegalArgumentException("--top must be at least 1, but was " + topN);
        }
        Memberships memberships = Memberships.read(spark, dataset, index);
        List<LocalDate> sessions = sessions(spark, dataset, index, from, to, memberships);
        Map<Integer, Boolean> weighted = new HashMap<>();
        Map<Integer, Integer> memberCount = new HashMap<>();
        for (LocalDate date : sessions) {
            List<Member> members = memberships.on(date);
            memberCount.put((int) date.toEpochDay(), members.size());
            boolean byWeight = members.stream().allMatch(member -> !Double.isNaN(member.weight()));
            if (!byWeight && !members.stream().allMatch(m -> !Double.isNaN(m.shares()))) {
                throw new IllegalArgumentException("the members of " + index + " on " + date + " need a weight or "
                        + "shares each for concentration (import them with bellwether import members)");
            }
            weighted.put((int) date.toEpochDay(), byWeight);
        }
        Dataset<Row> weights = PerSymbol.unordered(spark, dataset, memberships.symbols(), null, WEIGHT, (one, none) -> {
            List<Row> rows = new ArrayList<>();
            DailySeries all = one.series();
            for (LocalDate date : sessions) {
                LocalDate start = periodStart(periodStart, date);
                DailySeries read = SymbolBars.since(all, IndexFacts.concentrationReadStart(date, start));
                for (Memberships.Spell spell : memberships.of(one.symbol(), date)) {
                    IndexFacts.memberWeight(spell.member(), read, weighted.get((int) date.toEpochDay()), start, date,
                            SESSIONS).ifPresent(w -> rows.add(RowFactory.create((int) date.toEpochDay(), one.symbol(),
                                    spell.from(), w.now(), w.held(), w.start(), w.periodReturn())));
                }
            }
            return rows;
        });
        boolean localDates = PerSymbol.localDates(spark);
        return PerSymbol.sorted(weights.groupByKey((MapFunction<Row, Integer>) row -> row.getInt(0), Encoders.INT())
                .flatMapGroups((FlatMapGroupsFunction<Integer, Row, Row>) (day, rows) -> {
                    List<Row> members = new ArrayList<>();
                    rows.forEachRemaining(members::add);
                    // the store's member order: by symbol, then spell start
                    members.sort(Comparator.comparing((Row row) -> row.getString(1))
                            .thenComparingInt(row -> row.getInt(2)));
                    List<MemberWeight> found = members.stream().map(row -> new MemberWeight(row.getDouble(3),
                            row.getBoolean(4), row.getDouble(5), row.getDouble(6))).toList();
                    LocalDate date = LocalDate.ofEpochDay(day);
                    Reports.Concentration c = IndexFacts.concentration(index, date, topN,
                            periodStart(periodStart, date), weighted.get(day), memberCount.get(day), WEIGHT_NOT_TRACKED, found);
                    return List.of(RowFactory.create(c.index(), PerSymbol.date(localDates, c.asOf()), c.members(),
                            c.withData(), c.weighting(), c.topN(), c.topWeightPct(), c.herfindahl(), c.effectiveNumber(),
                            PerSymbol.date(localDates, c.periodStart()), c.capWeightedReturnPct(),
                            c.equalWeightedReturnPct(), c.capMinusEqualBp())).iterator();
                }, Encoders.row(CONCENTRATION)), "as_of");
    }

    private static LocalDate periodStart(LocalDate given, LocalDate asOf) {
        return given != null ? given : asOf.withDayOfYear(1).minusDays(1);
    }

    /**
     * The sessions of {@code index}'s own daily bars in {@code [from, to]} on which it has members: the dates the
     * jobs report (the embedded engine has no breadth or concentration of a date without members).
     */
    private static List<LocalDate> sessions(SparkSession spark, String dataset, String index, LocalDate from,
            LocalDate to, Memberships memberships) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to must not be before --from, but " + to + " is before " + from);
        }
        List<LocalDate> sessions = new ArrayList<>();
        for (Row row : PerSymbol.dailyBars(spark, dataset).filter(col("symbol").equalTo(index)).select("date")
                .collectAsList()) {
            LocalDate date = PerSymbol.localDate(row.get(0));
            if (!date.isBefore(from) && !date.isAfter(to) && !memberships.on(date).isEmpty()) {
                sessions.add(date);
            }
        }
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("the dataset " + dataset + " has no session of " + index + " with "
                    + "members from " + from + " to " + to + " (the sessions reported are the index's own daily bars)");
        }
        sessions.sort(null);
        return sessions;
    }

    private static Row breadthRow(Reports.Breadth b, boolean localDates) {
        return RowFactory.create(b.index(), PerSymbol.date(localDates, b.asOf()), b.members(), b.withData(),
                b.above50d(), b.above50dPct(), b.advancers(), b.decliners(), b.unchanged(), b.newHighs(), b.newLows(),
                b.netNewHighs());
    }

    /** A breadth row as the embedded engine's report. */
    public static Reports.Breadth breadthReport(Row row) {
        return new Reports.Breadth(row.getString(0), PerSymbol.localDate(row.get(1)), row.getInt(2), row.getInt(3),
                WEIGHT_NOT_TRACKED, row.getInt(4), row.getDouble(5), row.getInt(6), row.getInt(7), row.getInt(8), row.getInt(9),
                row.getInt(10), row.getInt(11));
    }

    /** A concentration row as the embedded engine's report. */
    public static Reports.Concentration concentrationReport(Row row) {
        return new Reports.Concentration(row.getString(0), PerSymbol.localDate(row.get(1)), row.getInt(2), row.getInt(3),
                WEIGHT_NOT_TRACKED, row.getString(4), row.getInt(5), row.getDouble(6), row.getDouble(7), row.getDouble(8),
                PerSymbol.localDate(row.get(9)), row.getDouble(10), row.getDouble(11), row.getDouble(12));
    }
}

package org.bellwether.ingest;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.bellwether.store.Column;
import org.bellwether.store.TableSpec;

/**
 * Maps a CSV, JSON or Parquet file to one store table, one row per record, by a list of column rules: which source
 * column names feed a store column, how its value is read, and whether it is required. Source columns no rule
 * names are ignored.
 */
final class TabularMapper implements RowMapper {

    /** Reads one raw value into staging text. */
    @FunctionalInterface
    interface ValueParser {
        String parse(String field, String raw) throws FieldException;
    }

    /** Checks (and may complete) a mapped row before it is staged. */
    @FunctionalInterface
    interface RowCompletion {
        void complete(String[] values) throws FieldException;
    }

    /** Store column {@code column} comes from the first source column called one of {@code aliases}. */
    record Rule(String column, List<String> aliases, ValueParser parser, boolean required) {
    }

    /**
     * Store column {@code column}, when no rule's column holds it, is the sum of the source columns {@code parts}
     * (a vendor layout splitting it, e.g. long-term and short-term debt); no value when any part has none.
     */
    record Sum(String column, List<String> parts) {
    }

    private final String format;
    private final TableSpec table;
    private final RowCompletion completion;
    private final int[] sourceColumns;
    private final int[] targetColumns;
    private final ValueParser[] parsers;
    private final boolean[] required;
    /** Per sum found in the header: its parts' source columns, then the store column. */
    private final int[][] sums;
    /** The value columns the file does not have, kept as stored (for tables that update column by column). */
    private List<String> kept = List.of();

    TabularMapper(String format, TableSpec table, Header header, List<Rule> rules, RowCompletion completion) {
        this(format, table, header, rules, List.of(), completion);
    }

    TabularMapper(String format, TableSpec table, Header header, List<Rule> rules, List<Sum> sums,
            RowCompletion completion) {
        this.format = format;
        this.table = table;
        this.completion = completion;
        List<Rule> present = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        for (Rule rule : rules) {
            String[] aliases = rule.aliases().toArray(String[]::new);
            int index = rule.required() ? header.require(aliases) : header.find(aliases);
            if (index >= 0) {
                present.add(rule);
                sources.add(index);
            }
        }
        this.sourceColumns = sources.stream().mapToInt(Integer::intValue).toArray();
        this.targetColumns = present.stream().mapToInt(rule -> table.indexOf(rule.column())).toArray();
        this.parsers = present.stream().map(Rule::parser).toArray(ValueParser[]::new);
        this.required = new boolean[present.size()];
        for (int i = 0; i < present.size(); i++) {
            required[i] = present.get(i).required();
        }
        List<int[]> found = new ArrayList<>();
        for (Sum sum : sums) {
            int[] parts = sum.parts().stream().mapToInt(header::find).toArray();
            boolean direct = present.stream().anyMatch(rule -> rule.column().equals(sum.column()));
            if (!direct && Arrays.stream(parts).allMatch(part -> part >= 0)) {
                int[] plan = Arrays.copyOf(parts, parts.length + 1);
                plan[parts.length] = table.indexOf(sum.column());
                found.add(plan);
            }
        }
        this.sums = found.toArray(int[][]::new);
    }

    /**
     * Makes this mapper update only the columns the file has: the stored values of the others are kept (reference
     * data such as instruments and fundamentals, where a file of names must not erase founding years).
     */
    TabularMapper updatingGivenColumnsOnly() {
        Set<Integer> given = new HashSet<>();
        Arrays.stream(targetColumns).forEach(given::add);
        Arrays.stream(sums).forEach(sum -> given.add(sum[sum.length - 1]));
        kept = table.valueColumns().stream().map(Column::name)
                .filter(name -> !given.contains(table.indexOf(name))).toList();
        return this;
    }

    @Override
    public List<String> keptColumns(TableSpec target) {
        return target == table ? kept : List.of();
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public void map(RecordSource source, RowSink sink) throws FieldException {
        String[] values = new String[table.columns().size()];
        for (int i = 0; i < sourceColumns.length; i++) {
            String field = source.header().get(sourceColumns[i]);
            String raw = source.field(sourceColumns[i]);
            if (Fields.isMissing(raw)) {
                if (required[i]) {
                    throw new FieldException(field, raw == null ? "" : raw, "a value (the column is required)");
                }
                continue;
            }
            values[targetColumns[i]] = parsers[i].parse(field, raw);
        }
        for (int[] sum : sums) {
            values[sum[sum.length - 1]] = sum(source, sum);
        }
        completion.complete(values);
        sink.add(table, values);
    }

    /** The sum of the parts of {@code sum} in the current record, or null when one has no value. */
    private static String sum(RecordSource source, int[] sum) throws FieldException {
        double total = 0;
        for (int i = 0; i < sum.length - 1; i++) {
            String raw = source.field(sum[i]);
            if (Fields.isMissing(raw)) {
                return null;
            }
            total += Fields.number(source.header().get(sum[i]), raw);
        }
        return Double.toString(total);
    }

    static Rule required(String column, ValueParser parser, String... aliases) {
        return new Rule(column, List.of(aliases), parser, true);
    }

    static Rule optional(String column, ValueParser parser, String... aliases) {
        return new Rule(column, List.of(aliases), parser, false);
    }

    static String text(String field, String raw) {
        return raw.strip();
    }

    static String symbol(String field, String raw) throws FieldException {
        return Fields.symbol(field, raw);
    }

    static String date(String field, String raw) throws FieldException {
        return Fields.date(field, raw).toString();
    }

    static String number(String field, String raw) throws FieldException {
        return Fields.numberText(raw, Fields.number(field, raw));
    }

    static String nonNegative(String field, String raw) throws FieldException {
        return Fields.numberText(raw, Fields.nonNegative(field, raw));
    }

    static ValueParser integer(int min, int max) {
        return (field, raw) -> Integer.toString(Fields.integer(field, raw, min, max));
    }

    static <E extends Enum<E>> ValueParser oneOf(Class<E> type) {
        return (field, raw) -> Fields.oneOf(field, raw, type).name();
    }

    /** A timestamp (see {@link Fields#instant}); a bare date means the start of that day in {@code zone}. */
    static ValueParser instant(ZoneId zone) {
        return (field, raw) -> Fields.hasTime(raw) ? Fields.instant(field, raw, zone).toString()
                : Fields.date(field, raw).atStartOfDay(zone).toInstant().toString();
    }

    /** A list separated by {@code ;} or {@code |}, entries stripped, empty entries dropped. */
    static String list(String field, String raw) {
        StringJoiner joined = new StringJoiner(";");
        for (String entry : raw.split("[;|]")) {
            if (!entry.isBlank()) {
                joined.add(entry.strip());
            }
        }
        return joined.toString();
    }

    /** A list of symbols, each checked and upper-cased. */
    static String symbolList(String field, String raw) throws FieldException {
        StringJoiner joined = new StringJoiner(";");
        for (String entry : raw.split("[;|,\\s]+")) {
            if (!entry.isBlank()) {
                joined.add(Fields.symbol(field, entry));
            }
        }
        return joined.toString();
    }
}

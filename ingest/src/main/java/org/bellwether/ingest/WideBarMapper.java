package org.bellwether.ingest;

import java.util.ArrayList;
import java.util.List;
import org.bellwether.core.model.Symbols;

/**
 * Maps a wide file: a date column and one close column per symbol, as index and FRED exports come. A column named
 * {@code GSPC_close} (or {@code GSPC close}) is the symbol GSPC; an empty cell means no bar that day.
 */
final class WideBarMapper implements RowMapper {

    private final int dateColumn;
    private final String dateField;
    private final int[] priceColumns;
    private final String[] symbols;
    private final BarTimes times;

    WideBarMapper(Header header, RecordSource source, BarOptions options) {
        int date = header.find("date", "observation_date", "timestamp", "datetime");
        this.dateColumn = date >= 0 ? date : 0;
        this.dateField = header.original(dateColumn);
        List<Integer> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (i == dateColumn) {
                continue;
            }
            String symbol = symbolOfColumn(header.original(i));
            if (!Symbols.isValid(symbol)) {
                throw new BadInputException(source.name(), 1, "line 1", "column \"" + header.original(i)
                        + "\" is not a symbol; a wide file has a date column and one close column per symbol");
            }
            columns.add(i);
            names.add(symbol);
        }
        if (columns.isEmpty()) {
            throw new BadInputException(source.name(), 1, "line 1", "has no price columns; a wide file has a date column"
                    + " and one close column per symbol");
        }
        this.priceColumns = columns.stream().mapToInt(Integer::intValue).toArray();
        this.symbols = names.toArray(String[]::new);
        this.times = new BarTimes(options.zone(), options.intervalSeconds(), false);
    }

    /** The symbol a wide column stands for: its name, upper case, without a {@code _close} or {@code  close} suffix. */
    static String symbolOfColumn(String column) {
        String symbol = Symbols.normalize(column);
        for (String suffix : List.of("_CLOSE", " CLOSE", ".CLOSE")) {
            if (symbol.endsWith(suffix) && symbol.length() > suffix.length()) {
                return symbol.substring(0, symbol.length() - suffix.length());
            }
        }
        return symbol;
    }

    @Override
    public String format() {
        return "wide";
    }

    @Override
    public void map(RecordSource source, RowSink sink) throws FieldException {
        String when = times.normalize(dateField, source.field(dateColumn), null, null);
        for (int i = 0; i < priceColumns.length; i++) {
            String raw = source.field(priceColumns[i]);
            if (Fields.isMissing(raw)) {
                continue;
            }
            String close = Fields.numberText(raw, Fields.price(source.header().get(priceColumns[i]), raw));
            sink.add(times.table(), times.intraday()
                    ? new String[] {symbols[i], when, Integer.toString(times.intervalSeconds()), null, null, null, close, null}
                    : new String[] {symbols[i], when, null, null, null, close, null, null});
        }
    }
}

package org.bellwether.ingest;

import java.util.ArrayList;
import java.util.List;
import org.bellwether.core.model.Symbols;
import org.bellwether.store.Tables;

/**
 * Maps FRED downloads: {@code observation_date,DGS2,DGS10} (one column per series) or {@code DATE,VALUE} (the series
 * id from {@code --series} or the file name). {@code .} or an empty field means no observation.
 */
final class MacroMapper implements RowMapper {

    private final int dateColumn;
    private final int[] valueColumns;
    private final String[] seriesIds;
    private final String unit;

    MacroMapper(Header header, RecordSource source, String series, String unit) {
        this.dateColumn = header.require("observation_date", "date");
        this.unit = unit;
        List<Integer> columns = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (i != dateColumn) {
                columns.add(i);
                ids.add(Symbols.normalize(header.original(i)));
            }
        }
        if (columns.isEmpty()) {
            throw new BadInputException(source.name(), 1, "line 1", "has no value columns; expected a date column and"
                    + " one column per series");
        }
        if (series != null) {
            if (columns.size() != 1) {
                throw new BadInputException(source.name(), "holds " + columns.size() + " series (" + String.join(", ", ids)
                        + "); --series names the series of a file with one value column");
            }
            ids.set(0, Symbols.normalize(series));
        } else if (columns.size() == 1 && ids.get(0).equals("VALUE")) {
            String fromName = LongBarMapper.symbolFromFileName(source.name());
            if (fromName == null) {
                throw new BadInputException(source.name(), "has a VALUE column and its name is not a series id; give one"
                        + " with --series");
            }
            ids.set(0, fromName);
        }
        for (int i = 0; i < ids.size(); i++) {
            if (!Symbols.isValid(ids.get(i))) {
                throw new BadInputException(source.name(), 1, "line 1", "column \"" + header.original(columns.get(i))
                        + "\" is not a series id (1 to 20 characters A-Z 0-9 . ^ = _ -)");
            }
        }
        this.valueColumns = columns.stream().mapToInt(Integer::intValue).toArray();
        this.seriesIds = ids.toArray(String[]::new);
    }

    @Override
    public String format() {
        return "fred";
    }

    @Override
    public void map(RecordSource source, RowSink sink) throws FieldException {
        String dateRaw = source.field(dateColumn);
        if (Fields.isMissing(dateRaw)) {
            throw new FieldException(source.header().get(dateColumn), "", "a date");
        }
        String date = Fields.date(source.header().get(dateColumn), dateRaw).toString();
        for (int i = 0; i < valueColumns.length; i++) {
            String raw = source.field(valueColumns[i]);
            if (Fields.isMissing(raw)) {
                continue;
            }
            double value = Fields.number(source.header().get(valueColumns[i]), raw);
            sink.add(Tables.MACRO, new String[] {seriesIds[i], date, Fields.numberText(raw, value), unit});
        }
    }
}

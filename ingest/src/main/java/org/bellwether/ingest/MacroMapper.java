package org.bellwether.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.core.model.SeriesIds;
import org.bellwether.store.Tables;

/**
 * Maps FRED downloads: {@code observation_date,DGS2,DGS10} (one column per series; the date column may also be
 * called {@code date}, {@code month} or {@code period}, or else is the first) or {@code DATE,VALUE} (the series
 * id from {@code --series} or the file name); and the long layout {@code series_id,date,value[,unit]} that
 * {@code export macro} writes. {@code .} or an empty field means no observation. FRED's API and ALFRED files carry
 * {@code realtime_start} and {@code realtime_end}: the first is the day the value was published (its release), the
 * second is not a series. ALFRED's vintage downloads have one column per vintage, {@code GDPC1_20200130}: the
 * series and the day that vintage was released. Rows of one observation with several releases are vintages, and
 * the store keeps the first release.
 */
final class MacroMapper implements RowMapper {

    private final int dateColumn;
    /** With no date column, a quarterly file's year and quarter columns (statsmodels' macrodata); else -1. */
    private final int yearColumn;
    private final int quarterColumn;
    private final int[] valueColumns;
    private final String[] seriesIds;
    private final String[] columnUnits;
    private final MacroUnits units;
    private final int seriesColumn;
    private final int unitColumn;
    private final int releasedColumn;
    private final MacroReleases releases;
    /** The release of each value column that is an ALFRED vintage ({@code ID_YYYYMMDD}), else null. */
    private final LocalDate[] vintages;

    private static final Pattern VINTAGE = Pattern.compile("(.+)_(\\d{8})");

    /** Column names of price bars, which a macro import refuses (DESIGN: kinds are checked at import). */
    private static final Set<String> BAR_COLUMNS = Set.of("OPEN", "HIGH", "LOW", "CLOSE", "ADJ_CLOSE",
            "ADJCLOSE", "VOLUME");

    MacroMapper(Header header, RecordSource source, String series, MacroUnits units, MacroReleases releases) {
        int date = header.find("observation_date", "date", "month", "period");
        int year = header.find("year");
        int part = header.find("quarter", "qtr");
        boolean byYearAndQuarter = date < 0 && year >= 0 && part >= 0;
        this.dateColumn = date >= 0 ? date : byYearAndQuarter ? -1 : 0;
        this.yearColumn = byYearAndQuarter ? year : -1;
        this.quarterColumn = byYearAndQuarter ? part : -1;
        this.units = units;
        this.releases = releases;
        this.releasedColumn = header.find("realtime_start", "released");
        int realtimeEnd = header.find("realtime_end");
        this.seriesColumn = header.find("series_id", "series");
        if (seriesColumn >= 0) {
            this.valueColumns = new int[] {header.require("value")};
            this.seriesIds = null;
            this.unitColumn = header.find("unit");
            this.columnUnits = null;
            this.vintages = null;
            return;
        }
        this.unitColumn = -1;
        List<Integer> columns = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (i != dateColumn && i != yearColumn && i != quarterColumn && i != releasedColumn && i != realtimeEnd) {
                columns.add(i);
                ids.add(SeriesIds.normalize(header.original(i)));
            }
        }
        List<String> bars = ids.stream().filter(BAR_COLUMNS::contains).toList();
        if (bars.size() >= 2) {
            throw new BadInputException(source.name(), 1, "line 1", "has the columns of price bars ("
                    + String.join(", ", bars) + "), not macro series; import it with bellwether import bars");
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
            ids.set(0, SeriesIds.normalize(series));
        } else if (columns.size() == 1 && ids.get(0).equals("VALUE")) {
            String fromName = LongBarMapper.symbolFromFileName(source.name());
            if (fromName == null) {
                throw new BadInputException(source.name(), "has a VALUE column and its name is not a series id; give one"
                        + " with --series");
            }
            ids.set(0, fromName);
        }
        for (int i = 0; i < ids.size(); i++) {
            if (!SeriesIds.isValid(ids.get(i))) {
                throw new BadInputException(source.name(), 1, "line 1", "column \"" + header.original(columns.get(i))
                        + "\" is not a series id (1 to 40 characters A-Z 0-9 . ^ = _ -)");
            }
        }
        this.vintages = new LocalDate[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            Matcher vintage = VINTAGE.matcher(ids.get(i));
            if (series == null && vintage.matches() && vintageDate(vintage.group(2)) != null) {
                vintages[i] = vintageDate(vintage.group(2));
                ids.set(i, vintage.group(1));
            }
        }
        this.valueColumns = columns.stream().mapToInt(Integer::intValue).toArray();
        this.seriesIds = ids.toArray(String[]::new);
        this.columnUnits = ids.stream().map(units::of).toArray(String[]::new);
    }

    @Override
    public String format() {
        return seriesColumn >= 0 ? "long" : "fred";
    }

    @Override
    public void map(RecordSource source, RowSink sink) throws FieldException {
        LocalDate day = dateColumn >= 0 ? date(source) : quarter(source);
        String date = day.toString();
        if (seriesColumn >= 0) {
            String raw = source.field(valueColumns[0]);
            String series = source.field(seriesColumn);
            if (Fields.isMissing(series)) {
                throw new FieldException(source.header().get(seriesColumn), series == null ? "" : series, "a series id");
            }
            if (!Fields.isMissing(raw)) {
                String id = SeriesIds.normalize(series);
                String rowUnit = unitColumn >= 0 && !Fields.isMissing(source.field(unitColumn))
                        ? source.field(unitColumn).strip() : units.of(id);
                if (!SeriesIds.isValid(id)) {
                    throw new FieldException(source.header().get(seriesColumn), series, "a series id of 1 to 40 "
                            + "characters A-Z 0-9 . ^ = _ -");
                }
                sink.add(Tables.MACRO, new String[] {id, date,
                    Fields.numberText(raw, Fields.number("value", raw)), rowUnit, released(source, id, day)});
            }
            return;
        }
        for (int i = 0; i < valueColumns.length; i++) {
            String raw = source.field(valueColumns[i]);
            if (Fields.isMissing(raw)) {
                continue;
            }
            double value = Fields.number(source.header().get(valueColumns[i]), raw);
            sink.add(Tables.MACRO, new String[] {seriesIds[i], date, Fields.numberText(raw, value), columnUnits[i],
                vintages[i] != null ? vintage(source, valueColumns[i], vintages[i], day)
                        : released(source, seriesIds[i], day)});
        }
    }

    private LocalDate date(RecordSource source) throws FieldException {
        String raw = source.field(dateColumn);
        if (Fields.isMissing(raw)) {
            throw new FieldException(source.header().get(dateColumn), "", "a date");
        }
        return Fields.date(source.header().get(dateColumn), raw);
    }

    /** The first day of the quarter the year and quarter columns name, as FRED dates a quarter's value. */
    private LocalDate quarter(RecordSource source) throws FieldException {
        String yearField = source.header().get(yearColumn);
        String quarterField = source.header().get(quarterColumn);
        int year = Fields.integer(yearField, orEmpty(source.field(yearColumn)), 1000, 9999);
        int quarter = Fields.integer(quarterField, orEmpty(source.field(quarterColumn)).strip(), 1, 4);
        return Fields.quarterStart(year, quarter);
    }

    private static String orEmpty(String raw) {
        return raw == null ? "" : raw;
    }

    /** {@code 20200130} as a date, or null when it is none. */
    private static LocalDate vintageDate(String digits) {
        try {
            return LocalDate.parse(digits, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The release of a vintage column's value, which cannot precede the observation. */
    private static String vintage(RecordSource source, int column, LocalDate release, LocalDate date)
            throws FieldException {
        if (release.isBefore(date)) {
            throw new FieldException(source.header().get(column), source.field(column), "no value: the vintage of "
                    + release + " was released before the observation date " + date);
        }
        return release.toString();
    }

    /** The row's release date, else the date plus the series' lag, else null (the frequency's lag then applies). */
    private String released(RecordSource source, String id, LocalDate date) throws FieldException {
        if (releasedColumn >= 0 && !Fields.isMissing(source.field(releasedColumn))) {
            LocalDate released = Fields.date(source.header().get(releasedColumn), source.field(releasedColumn));
            if (released.isBefore(date)) {
                throw new FieldException(source.header().get(releasedColumn), source.field(releasedColumn),
                        "a release date on or after the observation date " + date);
            }
            return released.toString();
        }
        LocalDate byLag = releases.releasedOf(id, date);
        return byLag == null ? null : byLag.toString();
    }
}

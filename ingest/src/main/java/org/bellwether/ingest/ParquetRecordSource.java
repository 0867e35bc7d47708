package org.bellwether.ingest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A Parquet file read through DuckDB; values become the same text the CSV importers read (ISO dates, ISO instants,
 * shortest round-trip decimals, {@code ;}-joined lists), so a Parquet export re-imports losslessly.
 */
final class ParquetRecordSource extends RecordSource {

    private final Connection connection;
    private final ResultSet rows;
    private final long size;
    private final String[] values;
    /** Columns of naive TIMESTAMP type, read as LocalDateTime (the driver's default, java.sql.Timestamp, is zoned). */
    private final boolean[] naiveTimestamp;
    private long row;

    ParquetRecordSource(Path file, String name) {
        super(name);
        Connection opened = null;
        try {
            opened = DriverManager.getConnection("jdbc:duckdb:");
            this.connection = opened;
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TimeZone = 'UTC'");
            }
            PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM read_parquet(?)");
            count.setString(1, file.toAbsolutePath().toString());
            try (ResultSet counted = count.executeQuery()) {
                counted.next();
                this.size = counted.getLong(1);
            }
            PreparedStatement select = connection.prepareStatement("SELECT * FROM read_parquet(?)");
            select.setString(1, file.toAbsolutePath().toString());
            this.rows = select.executeQuery();
            ResultSetMetaData meta = rows.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i));
            }
            header(names);
            this.values = new String[header().size()];
            this.naiveTimestamp = new boolean[header().size()];
            for (int i = 0; i < naiveTimestamp.length; i++) {
                naiveTimestamp[i] = meta.getColumnTypeName(i + 1).equals("TIMESTAMP");
            }
        } catch (SQLException | RuntimeException e) {
            // the driver fails on some malformed files with an unchecked exception (found by fuzzing: an
            // ArrayIndexOutOfBoundsException reading the count of a file with a broken footer)
            closeQuietly(opened);
            throw new BadInputException(name, "not a readable Parquet file: " + String.valueOf(e.getMessage()).lines()
                    .findFirst().orElse(e.getClass().getSimpleName()));
        }
    }

    @Override
    public boolean next() {
        try {
            if (!rows.next()) {
                return false;
            }
            row++;
            for (int i = 0; i < values.length; i++) {
                values[i] = text(naiveTimestamp[i] ? rows.getObject(i + 1, LocalDateTime.class) : rows.getObject(i + 1));
            }
            return true;
        } catch (SQLException e) {
            throw new BadInputException(name(), row + 1, "row " + (row + 1), "could not be read: " + e.getMessage());
        }
    }

    private static String text(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof LocalDateTime local && local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return local.toLocalDate().toString(); // pandas writes dates as naive midnight timestamps
        }
        if (value instanceof Float number) {
            return Double.toString(number.doubleValue());
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Array array) {
            StringJoiner joined = new StringJoiner(";");
            for (Object element : (Object[]) array.getArray()) {
                joined.add(String.valueOf(element));
            }
            return joined.toString();
        }
        return value.toString();
    }

    @Override
    public String recordProblem() {
        return null;
    }

    @Override
    public String location() {
        return "row " + row;
    }

    @Override
    public long line() {
        return row;
    }

    @Override
    public int fieldCount() {
        return values.length;
    }

    @Override
    public String field(int index) {
        return values[index];
    }

    @Override
    public long position() {
        return row;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("could not close DuckDB", e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the file is refused either way
            }
        }
    }
}

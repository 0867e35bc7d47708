package org.bellwether.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A CSV file read with FastCSV; a record with the wrong number of fields is an error naming the line. The delimiter
 * is the header's: a comma, else the semicolon, tab or bar it holds more of. A semicolon file is Excel's European
 * dialect, its numbers written with a decimal comma ({@code 1.234,5}); a quoted number of a comma file may group its
 * thousands with commas ({@code "1,234.5"}). Either is read as the plain number.
 */
final class CsvRecordSource extends RecordSource {

    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*,\\d+|-?\\d+,\\d+");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private final Path file;
    private final long size;
    private final boolean endsWithNewline;
    private final CountingInputStream counter;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private CsvRecord current;
    private final char delimiter;

    CsvRecordSource(Path file, String name) {
        super(name);
        this.file = file;
        try {
            this.size = Files.size(file);
            this.endsWithNewline = endsWithNewline(file);
            this.delimiter = delimiterOf(firstLine(file));
            this.counter = new CountingInputStream(Files.newInputStream(file));
            this.reader = CsvReader.builder().fieldSeparator(delimiter).allowExtraFields(true).allowMissingFields(true)
                    .ofCsvRecord(new InputStreamReader(counter, StandardCharsets.UTF_8));
            this.records = reader.iterator();
            if (!records.hasNext()) {
                throw new BadInputException(name, "the file is empty; expected a header line and data lines");
            }
            header(records.next().getFields().stream().map(field -> field.replace("\uFEFF", "").strip()).toList());
        } catch (CsvParseException e) { // found by fuzzing: a header FastCSV cannot read, such as a stray quote
            close();
            throw new BadInputException(name, "line 1: not a readable CSV header ("
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()) + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name, e);
        }
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (RandomAccessFile access = new RandomAccessFile(file.toFile(), "r")) {
            if (access.length() == 0) {
                return true;
            }
            access.seek(access.length() - 1);
            int last = access.read();
            return last == '\n' || last == '\r';
        }
    }

    /** The file being read. */
    Path file() {
        return file;
    }

    /** Whether the file is comma-separated, as DuckDB's own reader takes it. */
    boolean commaSeparated() {
        return delimiter == ',';
    }

    private static String firstLine(Path file) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = lines.readLine();
            return line == null ? "" : line;
        }
    }

    /** The delimiter of a header line: a comma, unless it holds more semicolons, tabs or bars (outside quotes). */
    static char delimiterOf(String header) {
        int[] counts = new int[4];
        String candidates = ",;\t|";
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            quoted ^= c == '"';
            int candidate = candidates.indexOf(c);
            if (!quoted && candidate >= 0) {
                counts[candidate]++;
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            best = counts[i] > counts[best] ? i : best;
        }
        return candidates.charAt(best);
    }

    @Override
    public boolean next() {
        try {
            if (!records.hasNext()) {
                return false;
            }
            current = records.next();
        } catch (CsvParseException e) {
            throw new BadInputException(name(), "not a readable CSV file: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new BadInputException(name(), "could not be read: " + e.getCause().getMessage());
        }
        return true;
    }

    @Override
    public String recordProblem() {
        if (current.getFieldCount() == header().size()) {
            return null;
        }
        boolean truncated = !records.hasNext() && !endsWithNewline && current.getFieldCount() < header().size();
        return (truncated ? "the last line is truncated (the file ends in the middle of it): it has " : "the line has ")
                + current.getFieldCount() + " fields, expected " + header().size() + " as in the header";
    }

    @Override
    public long line() {
        return current.getStartingLineNumber();
    }

    @Override
    public int fieldCount() {
        return current.getFieldCount();
    }

    @Override
    public String field(int index) {
        String value = current.getField(index);
        if (value.indexOf(',') < 0) {
            return value; // the common case: nothing to read differently
        }
        if (delimiter == ';' && DECIMAL_COMMA.matcher(value.strip()).matches()) {
            return value.strip().replace(".", "").replace(',', '.');
        }
        if (delimiter == ',' && THOUSANDS.matcher(value.strip()).matches()) {
            return value.strip().replace(",", "");
        }
        return value;
    }

    @Override
    public long position() {
        return counter.count;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}

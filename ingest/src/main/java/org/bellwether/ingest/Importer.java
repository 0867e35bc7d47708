package org.bellwether.ingest;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.bellwether.store.DuplicateKeyException;
import org.bellwether.store.ImportResult;
import org.bellwether.store.ImportSource;
import org.bellwether.store.MarketStore;
import org.bellwether.store.RowRejection;
import org.bellwether.store.StagedImport;
import org.bellwether.store.TableSpec;

/**
 * Imports one file into the store, all or nothing: every record is parsed and checked, staged, and committed in one
 * transaction. By default the first bad record fails the import and nothing is written; with skip-bad-rows the good
 * records are stored and the bad ones written, with their reasons, to {@code FILE.rejects.csv}.
 */
final class Importer {

    private static final int PROGRESS_EVERY = 1 << 14;

    private final MarketStore store;
    private final ImportProgress progress;
    private final boolean skipBadRows;

    Importer(MarketStore store, ImportProgress progress, boolean skipBadRows) {
        this.store = store;
        this.progress = progress;
        this.skipBadRows = skipBadRows;
    }

    /** Reads {@code file}, maps each record with the mapper {@code mappers} makes for it, and commits. */
    ImportReport run(Path file, BiFunction<RecordSource, Header, RowMapper> mappers) {
        Map<TableSpec, StagedImport> staged = new LinkedHashMap<>();
        List<RowRejection> rejections = new ArrayList<>();
        try (RecordSource source = SourceFiles.open(file)) {
            Header header = new Header(source.name(), source.header());
            RowMapper mapper = mappers.apply(source, header);
            long rowsRead = readAll(source, mapper, staged, rejections);
            if (rowsRead == 0) {
                throw new BadInputException(source.name(), "has a header but no data lines");
            }
            List<ImportResult> results = new ArrayList<>();
            for (StagedImport table : staged.values()) {
                ImportResult result = commit(source.name(), table, new ImportSource(source.name(), mapper.format(),
                        rowsRead, rejections.size()));
                results.add(result);
                rejections.addAll(result.rejections());
            }
            Path rejectsFile = rejections.isEmpty() ? null : writeRejects(file, rejections);
            return new ImportReport(file, mapper.format(), rowsRead, mapper.emptyRecordsSkipped(), rejections.size(),
                    rejectsFile, results);
        } finally {
            staged.values().forEach(StagedImport::close);
        }
    }

    private long readAll(RecordSource source, RowMapper mapper, Map<TableSpec, StagedImport> staged,
            List<RowRejection> rejections) {
        long rowsRead = 0;
        progress.start(source.name(), source.size(), source instanceof CsvRecordSource ? "B" : "rows");
        try {
            RowMapper.RowSink sink = (table, values) ->
                    staged.computeIfAbsent(table, spec -> StagedImport.begin(store, spec)).add(source.line(), values);
            while (source.next()) {
                rowsRead++;
                String problem = source.recordProblem();
                if (problem != null) {
                    reject(source, new RowRejection(source.line(), "", "", problem), problem, rejections);
                } else {
                    try {
                        mapper.map(source, sink);
                    } catch (FieldException e) {
                        reject(source, new RowRejection(source.line(), e.field(), e.value(), "expected " + e.expected()),
                                "field " + e.getMessage(), rejections);
                    }
                }
                if ((rowsRead & (PROGRESS_EVERY - 1)) == 0) {
                    progress.advance(source.position());
                }
            }
            progress.advance(source.size());
            return rowsRead;
        } finally {
            progress.finish();
        }
    }

    private void reject(RecordSource source, RowRejection rejection, String problem, List<RowRejection> rejections) {
        if (!skipBadRows) {
            throw new BadInputException(source.name(), source.line(), source.location(), problem
                    + " (nothing was imported; fix the line or use --skip-bad-rows)");
        }
        rejections.add(rejection);
    }

    private ImportResult commit(String name, StagedImport table, ImportSource source) {
        try {
            return table.commit(source, skipBadRows);
        } catch (DuplicateKeyException e) {
            throw new BadInputException(name, e.getMessage() + " (nothing was imported)");
        }
    }

    private static Path writeRejects(Path file, List<RowRejection> rejections) {
        Path rejects = file.resolveSibling(file.getFileName() + ".rejects.csv");
        rejections.sort((a, b) -> Long.compare(a.line(), b.line()));
        try (CsvWriter writer = CsvWriter.builder().build(rejects)) {
            writer.writeRecord("line", "field", "value", "reason");
            for (RowRejection rejection : rejections) {
                writer.writeRecord(Long.toString(rejection.line()), rejection.field(), rejection.value(),
                        rejection.reason());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the rejected rows to " + rejects, e);
        }
        return rejects;
    }
}

package org.bellwether.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.bellwether.store.DirectTally;
import org.bellwether.store.DuplicateKeyException;
import org.bellwether.store.ImportResult;
import org.bellwether.store.ImportSource;
import org.bellwether.store.MarketStore;
import org.bellwether.store.RowRejection;
import org.bellwether.store.ScratchFiles;
import org.bellwether.store.StagedImport;
import org.bellwether.store.TableSpec;
import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Imports one file into the store, all or nothing: every record is parsed and checked, staged, and committed in one
 * transaction. By default the first bad record fails the import and nothing is written; with skip-bad-rows the good
 * records are stored and the bad ones written, with their reasons, to {@code FILE.rejects.csv}.
 *
 * <p>Fast path: when the mapper says the file may be read as it is (a long CSV of daily bars), a byte-level scan
 * checks and parses it on every core ({@link CanonicalScan}) and hands the values to DuckDB as Arrow batches, which
 * DuckDB inserts meanwhile on every core; the load is kept only if every row turned out canonical and valid and DuckDB
 * inserted every one. Otherwise the file is read record by record and the normalized rows staged, which also names the
 * line and field of any error.
 */
final class Importer {

    private static final int PROGRESS_EVERY = 1 << 14;

    private final MarketStore store;
    private final ImportProgress progress;
    private final boolean skipBadRows;
    private final Provenance provenance;
    private final Dialect dialect;

    Importer(MarketStore store, ImportProgress progress, boolean skipBadRows, Provenance provenance, Dialect dialect) {
        this.store = store;
        this.progress = progress;
        this.skipBadRows = skipBadRows;
        this.provenance = provenance;
        this.dialect = dialect;
    }

    private Header headerOf(RecordSource source) {
        return new Header(source.name(), source.header()).renamed(dialect.columns());
    }

    /** The name sources read from {@code file} go by: the file, or the URL it was fetched from. */
    private String nameOf(Path file) {
        return provenance == null ? file.toString() : provenance.url();
    }

    /** Reads {@code file}, maps each record with the mapper {@code mappers} makes for it, and commits. */
    ImportReport run(Path file, BiFunction<RecordSource, Header, RowMapper> mappers) {
        return run(file, SourceFiles::open, mappers);
    }

    /**
     * As {@link #run(Path, BiFunction)}, reading the file with {@code opener} (given the path to read and the name
     * to report). A gzip file is read decompressed.
     */
    ImportReport run(Path file, BiFunction<Path, String, RecordSource> opener,
            BiFunction<RecordSource, Header, RowMapper> mappers) {
        try (SourceFiles.Decompressed input = SourceFiles.decompressed(file)) {
            String name = nameOf(file);
            DateOrder order = dialect.dateOrder().resolve(input.path(), name);
            return DateOrder.during(order, () -> read(file, input.path(), name, opener, mappers));
        }
    }

    private ImportReport read(Path file, Path input, String name, BiFunction<Path, String, RecordSource> opener,
            BiFunction<RecordSource, Header, RowMapper> mappers) {
        try (RecordSource source = opener.apply(input, name)) {
            RowMapper mapper = mappers.apply(source, headerOf(source));
            DirectPlan plan = mapper.directPlan(source);
            if (plan == null) {
                return stageAndCommit(file, source, mapper);
            }
            ImportReport direct = tryDirect(file, source, mapper, plan);
            if (direct != null) {
                return direct;
            }
        }
        try (RecordSource source = opener.apply(input, name)) {
            return stageAndCommit(file, source, mappers.apply(source, headerOf(source)));
        }
    }

    /** The fast path; null when the file must be staged the ordinary way. */
    private ImportReport tryDirect(Path file, RecordSource source, RowMapper mapper, DirectPlan plan) {
        StagedImport staged = StagedImport.beginDirect(store, plan.table());
        try {
            DirectTally tally;
            progress.start(source.name(), source.size(), "B");
            try {
                tally = plan.scan().scan(plan.file(), Runtime.getRuntime().availableProcessors(), staged.directRows(),
                        progress::advance);
            } finally {
                progress.finish();
            }
            if (tally == null || !staged.directLoadMatches(tally)) {
                return null;
            }
            return commitAll(file, source, mapper, new LinkedHashMap<>(Map.of(staged.table(), staged)),
                    new ArrayList<>(), tally.rows());
        } finally {
            staged.close();
        }
    }

    private ImportReport stageAndCommit(Path file, RecordSource source, RowMapper mapper) {
        Map<TableSpec, StagedImport> staged = new LinkedHashMap<>();
        try {
            List<RowRejection> rejections = new ArrayList<>();
            long rowsRead = readAll(source, mapper, staged, rejections);
            return commitAll(file, source, mapper, staged, rejections, rowsRead);
        } finally {
            staged.values().forEach(StagedImport::close);
        }
    }

    private ImportReport commitAll(Path file, RecordSource source, RowMapper mapper, Map<TableSpec, StagedImport> staged,
            List<RowRejection> rejections, long rowsRead) {
        if (rowsRead == 0) {
            throw new BadInputException(source.name(), "has a header but no data lines");
        }
        List<ImportResult> results = new ArrayList<>();
        for (StagedImport table : staged.values()) {
            table.keepExisting(mapper.keptColumns(table.table()));
            ImportResult result = commit(source.name(), table, new ImportSource(source.name(), mapper.format(),
                    rowsRead, rejections.size(), provenance == null ? null : provenance.retrievedAt()));
            results.add(result);
            rejections.addAll(result.rejections());
        }
        Path rejectsFile = rejections.isEmpty() ? deleteStaleRejects(file) : writeRejects(file, rejections);
        return new ImportReport(file, mapper.format(), rowsRead, mapper.emptyRecordsSkipped(), mapper.rangesWidened(),
                rejections.size(), rejectsFile, results);
    }

    /** Reads, checks and maps every record into {@code staged}; returns the records read. */
    private long readAll(RecordSource source, RowMapper mapper, Map<TableSpec, StagedImport> staged,
            List<RowRejection> rejections) {
        long rowsRead = 0;
        progress.start(source.name(), source.size(), source instanceof CsvRecordSource ? "B" : "rows");
        try {
            RowMapper.RowSink sink = new RowMapper.RowSink() {
                private TableSpec lastTable;
                private StagedImport lastImport;

                @Override
                public void add(TableSpec table, String[] values) {
                    if (table != lastTable) { // identity: mappers reuse the Tables constants
                        lastImport = staged.computeIfAbsent(table, spec -> StagedImport.begin(store, spec));
                        lastTable = table;
                    }
                    lastImport.add(source.line(), values);
                }
            };
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
            mapper.finish(sink);
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

    private static Path rejectsFileOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".rejects.csv");
    }

    /** Where the rejects go when the input's folder takes no file (a read-only data folder): beside the store. */
    private Path rejectsBesideStore(Path file) {
        return store.file().resolveSibling(file.getFileName() + ".rejects.csv");
    }

    /** A clean import removes the rejects of an earlier run, which no longer describe the store. */
    private Path deleteStaleRejects(Path file) {
        for (Path stale : List.of(rejectsFileOf(file), rejectsBesideStore(file))) {
            try {
                Files.deleteIfExists(stale);
            } catch (IOException e) {
                throw new UncheckedIOException("could not remove the stale " + stale, e);
            }
        }
        return null;
    }

    /**
     * Writes the rejected rows beside the input, or beside the store when the input's folder takes no file; written
     * whole and renamed into place, so that no reader sees half of it.
     */
    private Path writeRejects(Path file, List<RowRejection> rejections) {
        rejections.sort((a, b) -> Long.compare(a.line(), b.line()));
        ScratchFiles.FileWrite rows = partial -> {
            try (CsvWriter writer = CsvWriter.builder().build(partial)) {
                writer.writeRecord("line", "field", "value", "reason");
                for (RowRejection rejection : rejections) {
                    writer.writeRecord(Long.toString(rejection.line()), rejection.field(), rejection.value(),
                            rejection.reason());
                }
            }
        };
        try {
            return ScratchFiles.writeAtomically(rejectsFileOf(file), rows);
        } catch (IOException besideInput) {
            Path fallback = rejectsBesideStore(file);
            try {
                return ScratchFiles.writeAtomically(fallback, rows);
            } catch (IOException e) {
                e.addSuppressed(besideInput);
                throw new UncheckedIOException("could not write the rejected rows to " + rejectsFileOf(file)
                        + " nor to " + fallback, e);
            }
        }
    }
}

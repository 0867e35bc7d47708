package org.bellwether.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.bellwether.store.ParquetExport;

/**
 * The store's data generation a dataset was exported at, passed on to the results computed from it: the import of
 * the results records it, and the store answers from them only while its data are still of that generation.
 */
final class Generations {

    private Generations() {
    }

    /** The oldest generation among the dataset's tables, when they say (a dataset exported before they did: none). */
    static OptionalLong of(SparkSession spark, String dataset) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path root = new Path(dataset);
        try {
            FileSystem fs = root.getFileSystem(conf);
            long oldest = Long.MAX_VALUE;
            for (FileStatus table : fs.listStatus(root)) {
                Path file = new Path(table.getPath(), ParquetExport.GENERATION_FILE);
                if (table.isDirectory() && fs.exists(file)) {
                    try (InputStream in = fs.open(file)) {
                        oldest = Math.min(oldest, Long.parseLong(new String(in.readAllBytes(),
                                StandardCharsets.UTF_8).strip()));
                    }
                }
            }
            return oldest == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(oldest);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the dataset " + dataset + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code generation} beside the results at {@code target}. */
    static void write(SparkSession spark, String target, long generation) {
        Path file = new Path(target, ParquetExport.GENERATION_FILE);
        try (OutputStream out = file.getFileSystem(spark.sparkContext().hadoopConfiguration()).create(file, false)) {
            out.write(Long.toString(generation).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
        }
    }
}

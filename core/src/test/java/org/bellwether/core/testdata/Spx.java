package org.bellwether.core.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.bellwether.core.series.DailySeries;

/**
 * The real S&P 500 closes the project ships (data/real/SPX.csv: vega-datasets, 2000-01-03..2020-04-17). Expected
 * values in the tests that use it were computed independently with Python 3's csv and statistics modules from the
 * same file, and agree with the published figures where there are some (2019: +28.88%, 35 record closes).
 */
public final class Spx {

    private static final Path FILE = Path.of("../data/real/SPX.csv");

    private Spx() {
    }

    /** The closes as a series. */
    public static DailySeries series() {
        try {
            List<String> lines = Files.readAllLines(FILE);
            int n = lines.size() - 1;
            int[] days = new int[n];
            double[] closes = new double[n];
            for (int i = 0; i < n; i++) {
                String[] fields = lines.get(i + 1).split(",");
                days[i] = (int) LocalDate.parse(fields[0]).toEpochDay();
                closes[i] = Double.parseDouble(fields[4]);
            }
            return DailySeries.of("SPX", days, closes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.bellwether.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.Imports;
import org.bellwether.ingest.MacroUnits;
import org.bellwether.store.MarketStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rate sensitivity on real data: US real GDP against the 3-month Treasury bill rate, quarterly 1959-2009 (FRED via
 * statsmodels' macrodata, public domain; data/real/macrodata.csv), imported as a close-only series and a macro series
 * dated at quarter ends. Expected values computed independently with Python 3's csv and math modules from the same
 * file: 202 quarterly changes, slope 0.29730% of GDP growth per 100 bp, t 4.3263, R² 0.085577.
 */
class RealMacroSensitivityTest {

    @TempDir
    Path dir;

    @Test
    void real_gdp_growth_against_changes_in_the_t_bill_rate() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../data/real/macrodata.csv"));
        StringBuilder gdp = new StringBuilder("symbol,date,close\n");
        StringBuilder bills = new StringBuilder("series_id,date,value,unit\n");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            LocalDate quarterEnd = LocalDate.of(Integer.parseInt(f[0]), 3 * Integer.parseInt(f[1]), 1).plusMonths(1)
                    .minusDays(1);
            gdp.append("REALGDP,").append(quarterEnd).append(',').append(f[2]).append('\n');
            bills.append("TB3MS,").append(quarterEnd).append(',').append(f[9]).append(",percent\n");
        }
        MarketStore store = MarketStore.at(dir.resolve("real.duckdb"));
        Imports imports = new Imports(store, ImportProgress.NONE, false);
        imports.bars(Files.writeString(dir.resolve("gdp.csv"), gdp), BarOptions.defaults());
        imports.macro(Files.writeString(dir.resolve("bills.csv"), bills), null, MacroUnits.NONE);

        Reports.Sensitivity fit = new MacroFacts(new MarketData(store)).sensitivity("REALGDP", "TB3MS",
                LocalDate.of(1959, 1, 1), LocalDate.of(2009, 12, 31), 0);

        assertThat(fit.observations()).isEqualTo(202);
        assertThat(fit.from()).isEqualTo(LocalDate.of(1959, 3, 31));
        assertThat(fit.to()).isEqualTo(LocalDate.of(2009, 9, 30));
        assertThat(fit.slopePctPer_100bp()).isCloseTo(0.29729837577894724, within(1e-12));
        assertThat(fit.tStat()).isCloseTo(4.3263201361592785, within(1e-9));
        assertThat(fit.rSquared()).isCloseTo(0.08557653036031487, within(1e-12));
    }
}

package org.bellwether.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bellwether.core.calendar.NyseCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator itself, on the example scenario of docs/scenarios: reproducible bytes, consistent bars, errors. */
class SimulatorTest {

    private static final String EXAMPLE = "../docs/scenarios/two-sector-selloff.yaml";

    @TempDir
    Path dir;

    @Test
    void the_same_seed_gives_the_same_bytes_and_another_seed_other_data() throws IOException {
        Scenario scenario = Scenario.load(EXAMPLE);
        Map<String, Integer> first = Simulator.write(scenario, 7, Files.createDirectory(dir.resolve("a")));
        Simulator.write(scenario, 7, Files.createDirectory(dir.resolve("b")));
        Simulator.write(scenario, 8, Files.createDirectory(dir.resolve("c")));
        for (String file : Simulator.FILES) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
        }
        assertThat(Files.readString(dir.resolve("c/daily_bars.csv")))
                .isNotEqualTo(Files.readString(dir.resolve("a/daily_bars.csv")));
        int sessions = NyseCalendar.INSTANCE.sessions(scenario.start(), scenario.end()).size();
        assertThat(first.get("daily_bars.csv")).as("61 symbols on every session").isEqualTo(61 * sessions);
        assertThat(first.get("intraday_bars.csv")).isEqualTo(25 * 390);
        assertThat(first.get("fundamentals.csv")).isEqualTo(60 * 3);
    }

    @Test
    void every_bar_has_its_low_below_and_its_high_above_the_open_and_the_close() throws IOException {
        Simulator.write(Scenario.load(EXAMPLE), 3, dir);
        for (String file : List.of("daily_bars.csv", "intraday_bars.csv")) {
            List<String> lines = Files.readAllLines(dir.resolve(file));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                double open = Double.parseDouble(f[2]);
                double high = Double.parseDouble(f[3]);
                double low = Double.parseDouble(f[4]);
                double close = Double.parseDouble(f[5]);
                assertThat(low).as(line).isPositive().isLessThanOrEqualTo(Math.min(open, close));
                assertThat(high).as(line).isGreaterThanOrEqualTo(Math.max(open, close));
                assertThat(Long.parseLong(f[6])).as(line).isNotNegative();
            }
        }
    }

    @Test
    void the_targets_are_hit_exactly_and_the_jump_happens_in_its_minute() throws IOException {
        Simulator.write(Scenario.load(EXAMPLE), 3, dir);
        assertThat(Files.readAllLines(dir.resolve("daily_bars.csv")))
                .anyMatch(line -> line.startsWith("DEMO,2025-02-28,") && line.endsWith(",1120.00," + volume(line)))
                .anyMatch(line -> line.startsWith("DEMO,2025-03-31,") && line.contains(",1010.50,"));
        List<String> minutes = Files.readAllLines(dir.resolve("intraday_bars.csv"));
        int jump = indexOf(minutes, "DEMO,2025-03-10T10:15:00-04:00,");
        double before = Double.parseDouble(minutes.get(jump - 1).split(",")[5]);
        double after = Double.parseDouble(minutes.get(jump).split(",")[5]);
        assertThat(after / before - 1).isCloseTo(-0.012, org.assertj.core.data.Offset.offset(0.0001));
    }

    @Test
    void macro_series_of_any_size_hit_their_targets() throws IOException {
        Path gdp = Files.writeString(dir.resolve("gdp.yaml"), """
                name: gdp
                start: 2025-01-02
                end: 2025-03-31
                indices: [{symbol: X, start_level: 100, volatility_pct: 20, daily_volume: 1000}]
                macro: [{series: GDP, unit: bn, start_value: 23000, volatility_bp: 5000, levels: {2025-03-31: 23500.5}}]
                """);
        Simulator.write(Scenario.load(gdp.toString()), 1, dir);
        List<String> macro = Files.readAllLines(dir.resolve("macro.csv"));
        assertThat(macro.get(1)).isEqualTo("GDP,2025-01-02,23000.00,bn");
        assertThat(macro.get(macro.size() - 1)).isEqualTo("GDP,2025-03-31,23500.50,bn");
    }

    private static String volume(String line) {
        return line.substring(line.lastIndexOf(',') + 1);
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    @Test
    void a_bad_scenario_is_rejected_with_the_line_and_the_reason() throws IOException {
        Path typo = Files.writeString(dir.resolve("typo.yaml"), """
                name: typo
                start: 2025-01-02
                end: 2025-03-31
                indices:
                  - symbol: X
                    start_level: 100
                    volatility_pct: 20
                    daily_volume: 1000
                    levls: {2025-03-31: 120}
                """);
        assertThatThrownBy(() -> Scenario.load(typo.toString())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown field 'levls' in indices[0].levls (the entry ending on line 10)");
        Path holiday = Files.writeString(dir.resolve("holiday.yaml"), """
                name: holiday
                start: 2025-01-02
                end: 2025-03-31
                indices:
                  - {symbol: X, start_level: 100, volatility_pct: 20, daily_volume: 1000, levels: {2025-01-20: 120}}
                """);
        assertThatThrownBy(() -> Simulator.write(Scenario.load(holiday.toString()), 1, dir))
                .hasMessageContaining("X.levels: 2025-01-20 is not a session");
        Path twins = Files.writeString(dir.resolve("twins.yaml"), """
                name: twins
                start: 2025-01-02
                end: 2025-03-31
                indices:
                  - {symbol: SPX, start_level: 100, volatility_pct: 20, daily_volume: 1000, members: {count: 3}}
                  - {symbol: SML, start_level: 100, volatility_pct: 20, daily_volume: 1000, members: {count: 3}}
                """);
        assertThatThrownBy(() -> Simulator.write(Scenario.load(twins.toString()), 1, dir))
                .hasMessageContaining("indices SPX and SML both make the ticker SAAB");
        Path early = Files.writeString(dir.resolve("early.yaml"), """
                name: early
                start: 2025-01-02
                end: 2025-03-31
                indices: [{symbol: X, start_level: 100, volatility_pct: 20, daily_volume: 1000}]
                macro: [{series: GDP, unit: bn, start_value: 23000, volatility_bp: 5000, levels: {2024-12-31: 22000}}]
                """);
        assertThatThrownBy(() -> Simulator.write(Scenario.load(early.toString()), 1, dir))
                .hasMessageContaining("macro.GDP.levels: 2024-12-31 is outside the scenario");
        assertThatThrownBy(() -> Scenario.load("no-such-scenario"))
                .hasMessageContaining("neither a built-in one (small-cap-breakout-2026) nor a file");
    }
}

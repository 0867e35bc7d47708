package org.bellwether.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.bellwether.facts.MarketData;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.Imports;
import org.bellwether.store.MarketStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An ETF stands in for the index it tracks, for percentage changes only: a store holding SPY and not the S&P 500 (here
 * the shipped S&P 500 history imported as SPY, so the figures are those of WireClaimsTest: 2020-03-24 +9.38%, 2,447.33,
 * +209.93 points).
 */
class StandInTest {

    private static ClaimChecker checker;

    @BeforeAll
    static void store(@TempDir Path dir) throws IOException {
        Path spy = Files.copy(Path.of("../data/real/SPX.csv"), dir.resolve("SPY.csv"));
        MarketStore store = MarketStore.at(dir.resolve("spy.duckdb"));
        new Imports(store, ImportProgress.NONE, false).bars(spy, BarOptions.defaults());
        checker = new ClaimChecker(new MarketData(store), ClaimChecker.DEFAULT_SESSION_WINDOW);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The S&P 500 rose more than 8.5% on Tuesday.        | session_move:verified
        The S&P 500 rose about 9% on Tuesday.              | session_move:verified
        The S&P 500 rose 9.38% on Tuesday.                 | session_move:unverifiable
        The S&P 500 rose 7% on Tuesday.                    | session_move:contradicted
        The S&P 500 rose more than 10% on Tuesday.         | session_move:contradicted
        The S&P 500 fell 9.38% on Tuesday.                 | session_move:contradicted
        The S&P 500 closed at 2,447.33 on Tuesday.         | close:unverifiable
        The S&P 500 rose 209.93 points on Tuesday.         | points_change:unverifiable
        The Nasdaq Composite rose 9.38% on Tuesday.        | session_move:unverifiable
        """)
    void an_etf_stands_in_for_its_index_for_percentages_only(String sentence, String expected) {
        CheckReport report = checker.check(sentence, "wire.txt", LocalDate.of(2020, 3, 24));
        assertThat(report.claims().stream().map(c -> c.kind() + ":" + c.verdict()).collect(Collectors.joining(" ")))
                .as(report.claims().stream().map(Claim::explanation).collect(Collectors.joining("\n")))
                .isEqualTo(expected);
        if (expected.startsWith("session_move")) {
            assertThat(report.claims().get(0).explanation()).contains(sentence.contains("Nasdaq")
                    ? "does not hold" : "SPY stands in for the S&P 500");
        }
    }
}

package org.bellwether.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streak, the kind added through the registry alone, on the real S&P 500 history the project ships (expected
 * runs computed independently with Python's csv module from data/real/SPX.csv).
 */
class StreakFactTest {

    @TempDir
    static Path dir;

    static MarketData data;

    private static final FactDefinition STREAK = FactRegistry.definition(FactKind.STREAK).orElseThrow();

    @BeforeAll
    static void fillStore() throws IOException {
        data = new MarketData(RealSpx.store(dir, "streak.duckdb"));
    }

    @Test
    void seven_straight_losses_to_2020_02_28_with_the_sessions_used() {
        Fact fact = STREAK.compute(data, "SPX", LocalDate.of(2020, 2, 28)).require();
        assertThat(fact.kind()).isEqualTo(FactKind.STREAK);
        assertThat(fact.value()).isEqualTo(-7);
        assertThat(fact.start()).as("the close the run started from").isEqualTo(LocalDate.of(2020, 2, 19));
        assertThat(fact.end()).isEqualTo(LocalDate.of(2020, 2, 28));
        assertThat(fact.provenance().inputs()).singleElement().satisfies(input -> {
            assertThat(input.symbol()).isEqualTo("SPX");
            assertThat(input.rows()).isEqualTo(8);
        });
        assertThat(fact.provenance().definition()).startsWith(FactKind.STREAK.definition())
                .contains("7 losses from the close of 2020-02-19 to 2020-02-28");
        assertThat(fact.provenance().simulated()).isFalse();
    }

    @Test
    void as_of_a_weekend_the_run_ends_on_the_friday_and_nine_losses_in_2016() {
        assertThat(STREAK.compute(data, "SPX", LocalDate.of(2020, 3, 1)).require().end())
                .isEqualTo(LocalDate.of(2020, 2, 28));
        assertThat(STREAK.compute(data, "SPX", LocalDate.of(2016, 11, 4)).require().value()).isEqualTo(-9);
        assertThat(STREAK.compute(data, "SPX", LocalDate.of(2004, 11, 5)).require().value()).isEqualTo(9);
    }

    @Test
    void absence_is_a_value_with_its_reason() {
        assertThat(STREAK.compute(data, "NOPE", LocalDate.of(2020, 2, 28)).reason()).get().asString()
                .contains("has no daily bars for NOPE");
        assertThat(STREAK.compute(data, "SPX", LocalDate.of(2000, 1, 3)).reason())
                .contains("SPX has no two sessions up to 2000-01-03");
    }

    @Test
    void a_note_states_runs_of_three_sessions_or_more() {
        Fact seven = STREAK.compute(data, "SPX", LocalDate.of(2020, 2, 28)).require();
        FactDefinition.Statement statement = STREAK.statement(seven, "the S&P 500").orElseThrow();
        assertThat(statement.before() + statement.printed() + statement.after())
                .isEqualTo("The S&P 500 fell for a seventh straight session.");
        assertThat(statement.headline()).isEqualTo("S&P 500 falls for a seventh straight session");
        Fact one = STREAK.compute(data, "SPX", LocalDate.of(2019, 12, 31)).require();
        assertThat(one.value()).isEqualTo(1);
        assertThat(STREAK.statement(one, "the S&P 500")).isEmpty();
    }

    @Test
    void claims_read_their_direction() {
        assertThat(STREAK.direction("The S&P 500 fell for a seventh straight session")).isEqualTo(-1);
        assertThat(STREAK.direction("its fifth consecutive loss")).isEqualTo(-1);
        assertThat(STREAK.direction("The index rose for a third straight day")).isEqualTo(1);
        assertThat(STREAK.direction("its fourth straight gain")).isEqualTo(1);
    }
}

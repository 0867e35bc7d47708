package org.bellwether.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.bellwether.facts.MarketData;
import org.bellwether.facts.RealSpx;
import org.bellwether.report.check.CheckReport;
import org.bellwether.report.check.Claim;
import org.bellwether.report.check.ClaimChecker;
import org.bellwether.report.note.MarketNote;
import org.bellwether.report.note.NoteFact;
import org.bellwether.report.note.NoteWriter;
import org.bellwether.report.note.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A kind added through the registry alone (the streak, FactRegistry) is verified by the checker and stated by the
 * note, neither knowing it by name: on the real S&P 500 the project ships, which fell seven sessions in a row to
 * 2020-02-28 and nine to 2016-11-04 (counted independently with Python's csv module from data/real/SPX.csv).
 */
class RegisteredKindTest {

    static MarketData data;

    @BeforeAll
    static void fillStore(@TempDir Path dir) throws IOException {
        data = new MarketData(RealSpx.store(dir, "spx.duckdb"));
    }

    @ParameterizedTest(name = "{0} as of {1}")
    @CsvSource(delimiter = '|', textBlock = """
        The S&P 500 fell for a seventh straight session.            | 2020-02-28 | streak:verified
        The S&P 500 fell for a seventh consecutive day on Friday.   | 2020-02-28 | streak:verified
        The S&P 500 rose for a seventh straight session.            | 2020-02-28 | streak:contradicted
        The S&P 500 fell for a sixth straight session.              | 2020-02-28 | streak:contradicted
        It was the S&P 500's ninth straight loss.                   | 2016-11-04 | streak:verified
        The S&P 500 posted its third straight gain.                 | 2016-11-04 | streak:contradicted
        """)
    void the_checker_verifies_a_registered_kind(String sentence, LocalDate asOf, String expected) {
        CheckReport report = new ClaimChecker(data, ClaimChecker.DEFAULT_SESSION_WINDOW).check(sentence, "s.txt",
                asOf);
        assertThat(report.claims().stream().map(c -> c.kind() + ":" + c.verdict()).collect(Collectors.joining(" ")))
                .as(report.claims().stream().map(Claim::explanation).collect(Collectors.joining("\n")))
                .isEqualTo(expected);
    }

    @Test
    void the_note_states_a_registered_kind_with_its_fact() {
        MarketNote note = new NoteWriter(data).write(List.of("SPX"), LocalDate.of(2020, 2, 28));
        String text = java.util.stream.Stream.concat(note.lede().stream(), note.sections().stream()
                .flatMap(section -> section.sentences().stream())).map(Text::plain).collect(Collectors.joining(" "));
        assertThat(text.split("The S&P 500 fell for a seventh straight session\\.", -1)).as("told once, in the lede "
                + "or a section: " + text).hasSize(2);
        NoteFact streak = note.facts().stream().filter(f -> f.kind().equals("streak")).findFirst().orElseThrow();
        assertThat(streak.value()).isEqualTo(-7);
        assertThat(streak.printed()).isEqualTo("seventh");
        assertThat(streak.start()).isEqualTo(LocalDate.of(2020, 2, 19));
    }
}

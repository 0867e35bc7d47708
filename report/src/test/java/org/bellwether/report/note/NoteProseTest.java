package org.bellwether.report.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.bellwether.core.series.DailySeries;
import org.bellwether.facts.MarketData;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.Imports;
import org.bellwether.store.MarketStore;
import org.bellwether.facts.RealSpx;
import org.bellwether.report.DemoStore;
import org.bellwether.report.check.CheckReport;
import org.bellwether.report.check.Claim;
import org.bellwether.report.check.ClaimChecker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The note reads like a report, on the demo store and on the real S&P 500 the project ships: each fact is told once,
 * no sentence repeats the shape of the one before it, and every claim of the note checks out against its store.
 */
class NoteProseTest {

    private static MarketData real;

    @BeforeAll
    static void store(@TempDir Path dir) throws IOException {
        real = new MarketData(RealSpx.store(dir, "spx.duckdb"));
    }

    /** The demo note, and the real S&P 500 on the days of three wire stories (a crash, a record, a rebound). */
    static Stream<Arguments> notes() {
        return Stream.of(
                Arguments.of("demo", LocalDate.of(2026, 1, 22)),
                Arguments.of("real", LocalDate.of(2008, 9, 29)),
                Arguments.of("real", LocalDate.of(2020, 2, 19)),
                Arguments.of("real", LocalDate.of(2020, 3, 24)));
    }

    private static MarketData data(String store) {
        return store.equals("demo") ? DemoStore.data() : real;
    }

    private static MarketNote note(String store, LocalDate asOf) {
        NoteWriter writer = new NoteWriter(data(store));
        return writer.write(writer.defaultUniverse(asOf), asOf);
    }

    /** The lede, then each section's sentences, in reading order. */
    private static List<Text> prose(MarketNote note) {
        List<Text> sentences = new ArrayList<>(note.lede());
        note.sections().forEach(section -> sentences.addAll(section.sentences()));
        return sentences;
    }

    /** The day's move leads: closes 1,106.39 against 1,213.27, 2,386.13 against 2,711.02, 2,447.33 against 2,237.40. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        2008-09-29 | S&P 500 plunges 8.81%
        2020-03-16 | S&P 500 plunges 11.98%
        2020-03-24 | S&P 500 jumps 9.38%
        """)
    void the_headline_leads_with_the_days_move(LocalDate asOf, String headline) {
        assertThat(note("real", asOf).headline().plain()).isEqualTo(headline);
    }

    /** The S&P 500's first close above 3,000 was 3,013.77 on 2019-07-12 (2,999.91 the day before). */
    @Test
    void a_milestone_is_the_first_close_above_a_round_level() {
        DailySeries spx = real.daily("SPX").require();
        LocalDate start = spx.firstDate();
        assertThat(NoteWriter.milestone(spx, spx.indexOnOrBefore(LocalDate.of(2019, 7, 12)), start)).hasValue(3000);
        assertThat(NoteWriter.milestone(spx, spx.indexOnOrBefore(LocalDate.of(2019, 7, 11)), start))
                .as("2,900 was crossed in 2018").isEmpty();
        assertThat(NoteWriter.milestone(spx, spx.indexOnOrBefore(LocalDate.of(2019, 7, 15)), start))
                .as("the second close above 3,000").isEmpty();
    }

    /** The S&P 500 closed at 1,569.19 on 2013-03-28, its first close above 1,565.15 of 2007-10-09. */
    @Test
    void the_record_before_a_record_is_the_highest_close_before_it() {
        DailySeries spx = real.daily("SPX").require();
        int record = spx.indexOnOrBefore(LocalDate.of(2013, 3, 28));
        assertThat(spx.date(NoteWriter.previousRecord(spx, record, spx.firstDate())))
                .as("the first record in five and a half years").isEqualTo(LocalDate.of(2007, 10, 9));
        assertThat(NoteWriter.previousRecord(spx, 0, spx.firstDate())).as("none before the first close").isEqualTo(-1);
    }

    @Test
    void of_an_index_held_under_several_symbols_the_universe_takes_the_one_with_data_and_the_longest_history(
            @TempDir Path dir) throws IOException {
        List<String> rows = Files.readAllLines(Path.of("../data/real/SPX.csv"));
        MarketStore store = MarketStore.at(dir.resolve("three.duckdb"));
        Imports imports = new Imports(store, ImportProgress.NONE, false);
        imports.bars(Path.of("../data/real/SPX.csv"), BarOptions.defaults()); // 2000-01-03..2020-04-17
        Files.write(dir.resolve("^GSPC.csv"), Stream.concat(Stream.of(rows.get(0)), rows.stream()
                .filter(row -> row.startsWith("20") && row.compareTo("2001") > 0)).toList()); // from 2001
        Files.write(dir.resolve("GSPC.csv"), rows.stream().filter(row -> row.compareTo("2006") < 0).toList()); // to 2005
        imports.bars(dir.resolve("^GSPC.csv"), BarOptions.defaults());
        imports.bars(dir.resolve("GSPC.csv"), BarOptions.defaults());
        NoteWriter writer = new NoteWriter(new MarketData(store));
        assertThat(writer.defaultUniverse(LocalDate.of(2010, 6, 30))).containsExactly("SPX");
        assertThat(writer.defaultUniverse(LocalDate.of(2003, 6, 30))).containsExactly("SPX");
    }

    @ParameterizedTest(name = "{0} store as of {1}")
    @MethodSource("notes")
    void each_fact_is_told_once(String store, LocalDate asOf) {
        Set<String> told = new HashSet<>();
        for (Text sentence : prose(note(store, asOf))) {
            for (Text.Part part : sentence.parts()) {
                if (part instanceof Text.Number number) {
                    NoteFact fact = number.fact();
                    String key = fact.kind() + " " + fact.subjects() + " " + fact.start() + ".." + fact.end();
                    assertThat(told.add(key)).as("told twice: " + key + " in \"" + sentence.plain() + "\"").isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} store as of {1}")
    @MethodSource("notes")
    void no_sentence_repeats_the_shape_of_the_one_before(String store, LocalDate asOf) {
        List<Text> sentences = prose(note(store, asOf));
        for (int i = 1; i < sentences.size(); i++) {
            assertThat(shape(sentences.get(i))).as("\"" + sentences.get(i - 1).plain() + "\" then \""
                    + sentences.get(i).plain() + "\"").isNotEqualTo(shape(sentences.get(i - 1)));
        }
    }

    /**
     * A sentence's template: its words with the numbers, names and dates taken out ("The Russell 2000 rose 2% on
     * January 21." and "The S&P 500 rose 1% on January 22." have one).
     */
    private static String shape(Text sentence) {
        StringBuilder words = new StringBuilder();
        for (Text.Part part : sentence.parts()) {
            words.append(part instanceof Text.Words w ? w.text() : " # ");
        }
        return words.toString().replaceAll("\\b(?:[A-Z][\\w&.'-]*|\\d[\\d,.]*|the|of)\\b", "").replaceAll("\\s+", " ")
                .strip();
    }

    @ParameterizedTest(name = "{0} store as of {1}")
    @MethodSource("notes")
    void every_claim_of_the_note_checks_out(String store, LocalDate asOf, @TempDir Path dir) throws IOException {
        Path file = NoteFiles.write(note(store, asOf), dir.resolve("note.md"), NoteFiles.Format.MD).note();
        CheckReport report = new ClaimChecker(data(store), ClaimChecker.DEFAULT_SESSION_WINDOW)
                .check(Files.readString(file), "note.md", asOf);
        assertThat(report.claims()).as(report.claims().stream().filter(c -> !c.verdict().equals(Claim.VERIFIED))
                .map(c -> c.text() + ": " + c.explanation()).toList().toString()).isNotEmpty()
                .allMatch(c -> c.verdict().equals(Claim.VERIFIED));
    }
}

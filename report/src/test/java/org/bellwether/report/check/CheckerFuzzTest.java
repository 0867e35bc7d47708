package org.bellwether.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.bellwether.facts.MarketData;
import org.bellwether.facts.RealSpx;

/**
 * Any text gives an answer: sentences made of the words, numbers, periods and names market reports use, in any order
 * and length (up to the longest sentence the checker reads and past it), and arbitrary Unicode, in each format. Every
 * claim has one of the three verdicts, a kind, an explanation, and a text taken from the note.
 */
class CheckerFuzzTest {

    private static final List<String> TOKENS = List.of("the", "S&P 500", "Dow", "Nasdaq", "it", "its", "rose", "fell",
            "gained", "lost", "jumped", "points", "percent", "%", "record", "high", "low", "close", "closed", "at", "to",
            "from", "since", "biggest", "worst", "best", "week", "month", "year", "of", "past", "last", "three", "fifth",
            "and", ",", ";", "while", "on", "Monday", "Friday", "March", "Oct.", "2020", "mid-May", "early", "as much as",
            "about", "nearly", "more than", "below", "above", "straight", "running", "in a row", "each", "then", "same",
            "stretch", "52-week", "10-year yield", "basis points", "bp", "on average", "defined as", "1.2%", "3,386.15",
            "209.93", "9.38%", "2,447", "12", "0.5", "-3", "(", ")", "\"", "a", "an", "two-day", "one-day", "weekly", "4 p.m.",
            "10 a.m.", "both", "respectively", "|", "#", "<p>", "</p>", "*");
    private static final Set<String> VERDICTS = Set.of(Claim.VERIFIED, Claim.CONTRADICTED, Claim.UNVERIFIABLE);
    private static Path dir;
    private static ClaimChecker checker;

    @BeforeContainer
    static void store() throws IOException {
        dir = Files.createTempDirectory("checker-fuzz");
        checker = new ClaimChecker(new MarketData(RealSpx.store(dir, "spx.duckdb")),
                ClaimChecker.DEFAULT_SESSION_WINDOW);
    }

    @AfterContainer
    static void delete() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> reports() {
        Arbitrary<String> sentence = Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(400)
                .map(words -> String.join(" ", words) + ".");
        Arbitrary<String> junk = Arbitraries.strings().all().ofMaxLength(300);
        return Combinators.combine(Arbitraries.oneOf(sentence, junk).list().ofMinSize(1).ofMaxSize(8),
                Arbitraries.of(" ", "\n", "\n\n")).as((parts, separator) -> String.join(separator, parts));
    }

    @Property(tries = 150)
    void any_text_gets_an_answer(@ForAll("reports") String note, @ForAll("names") String file) {
        CheckReport report = checker.check(note, file, LocalDate.of(2020, 4, 17));
        assertThat(report.claims()).allSatisfy(claim -> {
            assertThat(claim.verdict()).isIn(VERDICTS);
            assertThat(claim.kind()).isNotBlank();
            assertThat(claim.explanation()).isNotBlank();
            assertThat(claim.text()).isNotBlank();
        });
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("note.txt", "note.md", "note.html");
    }
}

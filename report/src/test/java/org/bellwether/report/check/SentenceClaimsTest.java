package org.bellwether.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.bellwether.report.DemoStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checker's reading of real-style market sentences, one at a time, against the demo store as of 2026-01-22: the
 * claims each one makes (kind and verdict, in order). The expected verdicts follow from the scenario's planted numbers
 * (docs/simulator.md) and the CLI's own figures for the same questions (perf, moves, records, rates, zombies).
 */
class SentenceClaimsTest {

    private static ClaimChecker checker;

    @BeforeAll
    static void checker() {
        checker = new ClaimChecker(DemoStore.data(), ClaimChecker.DEFAULT_SESSION_WINDOW);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # returns over explicit and relative periods
        The Russell 2000 rose 8.73% this month.                                      | return:verified
        Small caps gained about 9 percent in January 2026.                           | return:verified
        The S&P 500 climbed 2.35% year-to-date as of January 22.                     | return:verified
        The Nasdaq 100 fell 1.2% this month.                                         | return:contradicted
        The S&P 500 added more than 5 percent since the start of the month.          | return:contradicted
        The Russell 2000 rose 12.86% in the second half of 2025.                     | return:verified
        The S&P 500 gained roughly 13 percent in the second half of 2025.            | return:verified
        From March to December, the Nasdaq 100 rose 25.66%.                          | return:verified
        The Russell 2000 rose 5% in the first half of 2010.                          | return:unverifiable
        # changes in points, percent and level, as wires write them
        The Russell 2000 gained 48.40 points, or 2%, to 2,468.40 on January 21.      | points_change:verified session_move:verified close:verified
        The Russell 2000 rose 48.40 points, or 2.0%, to 2,470.12 on January 21.      | points_change:verified session_move:verified close:contradicted
        The Russell 2000 gained 48 points on Wednesday.                              | points_change:verified
        The Russell 2000 gained 49 points on Wednesday.                              | points_change:contradicted
        For the year, the Russell 2000 is up 201.73 points, or 8.73%.                | points_change:verified return:verified
        The Russell 2000 closed at 2,512.18 on January 22.                           | close:verified
        The Nasdaq Composite rose 1% to 23,000.                                      | session_move:unverifiable close:unverifiable
        # single sessions
        The Russell 2000 slipped 0.29% on January 13.                                | session_move:verified
        The Russell 2000 dropped 0.51 percent on Jan. 15.                            | session_move:verified
        Small caps fell 2% on January 21.                                            | session_move:contradicted
        The Russell 2000 jumped 2% in a single session.                              | session_move:verified
        The S&P 500 jumped 2% in a single session.                                   | session_move:contradicted
        Small caps tumbled 3 percent in one session.                                 | session_move:contradicted
        # relative performance and factors
        The Russell 2000 outperformed the S&P 500 by 638 basis points this month.    | relative_performance:verified
        Small caps beat large-cap tech by more than 7 percentage points in January 2026. | relative_performance:verified
        The Russell 2000 underperformed the S&P 500 by about 70 basis points from March to December. | relative_performance:verified
        The Russell 2000 outperformed the S&P 500 by less than 20 bp in the second half of 2025. | relative_performance:verified
        The Russell 2000 has outperformed the S&P 500 by nearly 400 basis points since the start of the month. | relative_performance:contradicted
        Small caps are outperforming the Nasdaq by a factor of seven this month.     | factor:verified
        The Russell 2000 outperformed the Nasdaq 100 by a factor of two this month.  | factor:contradicted
        # records
        The Russell 2000 set its seventh record high of the year.                    | record_count:verified
        The Russell 2000 has notched five record highs this year.                    | record_count:contradicted
        Small caps closed at a fresh record high.                                    | record_high:verified
        The S&P 500 closed at a record high.                                         | record_high:contradicted
        # levels, breakouts, correlation and statistics
        The 2,450 level capped the Russell 2000 for four sessions.                   | level:verified
        The Russell 2000 broke through resistance at 2,450 after it held for three hours. | level:verified breakout_held:verified
        The 1,900 mark held as support for the Russell 2000.                         | level:contradicted
        Regional banks tracked the Russell 2000 tick-for-tick.                       | intraday_correlation:verified
        The KBW Regional Banking Index has a correlation of about 0.95 with the Russell 2000. | correlation:verified
        Regional banks have a beta of about 1.1 to small caps.                       | beta:verified
        The Russell 2000 ran at an annualised volatility of more than 40%.           | volatility:contradicted
        The Russell 2000 broke the 2,450 resistance on 2.4 times the usual volume.  | level:verified volume_ratio:verified
        The KBW Regional Banking Index had a correlation of about 0.95 with the Russell 2000 on 1-minute returns. | intraday_correlation:verified
        # leadership, breadth and concentration
        Industrials contributed about 310 basis points of the Russell 2000's gain this month. | sector_contribution:verified
        Materials contributed more than 300 basis points to the Russell 2000 this month. | sector_contribution:contradicted
        The top five members' weight in the S&P 500 fell from 23.79% to 22.50% this month. | top_weight:verified top_weight:verified
        79.2% of the Russell 2000's members closed above their 50-day average.      | breadth_share:verified
        Only 40% of Russell 2000 constituents trade above their 50-day moving average. | breadth_share:contradicted
        # rates and spreads
        The two-year Treasury yield fell to 4.02%.                                   | macro_level:verified
        The 10-year Treasury yield fell back below 4.45%.                            | close_beyond:verified
        The 10-year Treasury yield climbed back above 4.45%.                         | close_beyond:contradicted
        The yield on the 10-year note was back below 4.3%.                           | close_beyond:contradicted
        Early on Thursday the 10-year yield touched a low of 4.40%.                  | macro_level:unverifiable
        The 10-year Treasury yield fell to a one-week low.                           | lowest_close_since:verified macro_change:verified
        The 10-year Treasury yield hit its lowest level since January 14.            | lowest_close_since:contradicted
        On Wednesday the 10-year Treasury yield fell 5 basis points.                 | macro_change:verified
        The 10-year Treasury yield was at 4.60% in early January.                    | macro_level:verified
        The Russell 2000 rose 8.73% this month. The S&P 500 rose 1%. The benchmark index rose 8.73% this month. | return:verified session_move:contradicted return:verified
        The 10-year Treasury yield was at 4.50% in early January.                    | macro_level:contradicted
        The 10-year yield was at 4.41% on Thursday, and in early January at just 4.60%. | macro_level:verified macro_level:verified
        The two-year yield is down 24 basis points this month.                       | macro_change:verified
        The 10-year Treasury yield rose 14 bp this month.                            | macro_change:contradicted
        High-yield spreads tightened 27 basis points since the start of the month.  | macro_change:verified
        Credit spreads are widening.                                                 | macro_change:contradicted
        High-yield spreads stood at 2.78% on January 22.                             | macro_level:verified
        # balance sheets
        Roughly 20 percent of the Russell 2000's constituents cannot cover their interest payments. | zombie_share:verified
        About 5% of S&P 500 members cannot cover their interest from operating profit. | zombie_share:verified
        More than 30 percent of the Russell 2000's members do not earn their interest. | zombie_share:contradicted
        # the calendar
        The next catalyst is the GDP release on January 29.                          | scheduled_release:verified
        The GDP release is scheduled for January 30.                                 | scheduled_release:contradicted
        # what cannot be checked
        The FTSE 100 rose 1.5% on January 21.                                        | session_move:unverifiable
        Apple shares rose 3% on January 21.                                          | unknown_instrument:unverifiable
        The index rose 2.5% last week.                                               | return:unverifiable
        The Russell 2000 could climb 10 percent by March.                            | session_move:unverifiable
        Tariffs of 25 percent were threatened.                                       | unmapped:unverifiable
        Investors piled into the "Magnificent 7" for two years.                      | ''
        """)
    void reads_and_checks(String sentence, String expected) {
        CheckReport report = checker.check(sentence, "sentence.txt", LocalDate.of(2026, 1, 22));
        String found = report.claims().stream().map(c -> c.kind() + ":" + c.verdict())
                .collect(Collectors.joining(" "));
        assertThat(found).as(report.claims().stream().map(Claim::explanation).collect(Collectors.joining("\n")))
                .isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void a_line_of_a_period_alone_heads_the_sentences_below_it() {
        CheckReport report = checker.check("""
                On Wednesday:

                The Russell 2000 gained 48.40 points, or 2%, to 2,468.40.

                For the year:

                The Russell 2000 is up 201.73 points, or 8.73%.
                """, "note.md", LocalDate.of(2026, 1, 22));
        assertThat(report.claims()).extracting(c -> c.kind() + ":" + c.verdict()).containsExactly(
                "points_change:verified", "session_move:verified", "close:verified", "points_change:verified",
                "return:verified");
        assertThat(report.claims().get(2).explanation()).contains("on 2026-01-21");
        assertThat(report.claims().get(4).explanation()).contains("2025-12-31");
    }

    @Test
    void a_sentence_longer_than_any_claim_is_refused_with_the_reason_not_read() {
        String sentence = "The Russell 2000 rose 2% and ".repeat(120) + "ended higher.";
        CheckReport report = checker.check(sentence, "note.txt", LocalDate.of(2026, 1, 22));
        assertThat(report.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.kind()).isEqualTo("too_long");
            assertThat(claim.verdict()).isEqualTo(Claim.UNVERIFIABLE);
            assertThat(claim.explanation()).contains(sentence.length() + " characters");
        });
    }

    @Test
    void a_known_instrument_the_store_does_not_hold_is_unverifiable_for_that_reason() {
        Claim claim = checker.check("The tech-heavy Nasdaq set a record close.", "note.txt", LocalDate.of(2026, 1, 22))
                .claims().get(0);
        assertThat(claim.verdict()).isEqualTo(Claim.UNVERIFIABLE);
        assertThat(claim.explanation()).contains("Nasdaq Composite (^IXIC").contains("does not hold");
    }
}

package org.bellwether.report.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.bellwether.facts.MarketData;
import org.bellwether.facts.RealSpx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checker on sentences as the wires and the data sheets write them, against the real S&P 500 the project ships
 * (data/real/SPX.csv, 2000-01-03..2020-04-17). Every expected figure and date was computed independently from that
 * file with Python's csv module: 2020-03-24 closed at 2,447.33, +209.93 points, +9.38%, the largest percent gain
 * since 2008-10-28 and the largest point gain since 2020-03-13; 2020-03-23's 2,237.40 was the lowest close since
 * 2016-12-06; on 2020-04-17 (2,874.56) the record close was 3,386.15 (2020-02-19, -15.11%), the 52-week low
 * 2,237.40 (2020-03-23, +28.48%) and the 2019 closing high 3,240.02 (2019-12-27, -11.28%); the first close above
 * 3,000 was 2019-07-12; before 2020-03-09 (2,746.56) the last close below 2,800 was 2019-06-03; the low of 2020-03-16
 * was 2,380.94 against the previous close of 2,711.02 (-12.18%); 2020-03-16 against 2020-03-12 (two sessions back):
 * -94.51 points, -3.81%; the highest close before 2020-02-19 was 3,380.16 (2020-02-14);
 * 2008-10-28 rose 10.79% (940.51 against 848.92); the highest session high up to 2020-02-19 was that day's 3,393.52,
 * before it 3,385.09 (2020-02-13); the change from 2019-12-31 (3,230.78) to 2020-04-17 was -356.22 points; the lowest
 * close of March 2020 was 2,237.40 (2020-03-23); 2020-02-20 closed at 3,373.23, below the 2020-02-19 record.
 */
class WireClaimsTest {

    private static ClaimChecker checker;

    @BeforeAll
    static void store(@TempDir Path dir) throws IOException {
        checker = new ClaimChecker(new MarketData(RealSpx.store(dir, "spx.duckdb")), ClaimChecker.DEFAULT_SESSION_WINDOW);
    }

    @Test
    void each_claim_is_told_by_its_clause() {
        CheckReport report = checker.check("The S&P 500 jumped 9.38%, while the Nasdaq Composite lost 2%; the S&P 500 "
                + "closed at 2,447.33.", "wire.txt", LocalDate.of(2020, 3, 24));
        assertThat(report.claims()).extracting(Claim::text, Claim::verdict).containsExactlyInAnyOrder(
                tuple("The S&P 500 jumped 9.38%", Claim.VERIFIED),
                tuple("while the Nasdaq Composite lost 2%", Claim.UNVERIFIABLE),
                tuple("the S&P 500 closed at 2,447.33.", Claim.VERIFIED));
    }

    @Test
    void a_new_paragraph_is_no_longer_about_the_session_the_last_one_named() {
        CheckReport report = checker.check("Stocks sank on Monday. The S&P 500 lost 11.98%.\n\nThe S&P 500 lost "
                + "11.98%.", "wire.txt", LocalDate.of(2020, 3, 19));
        assertThat(report.claims()).extracting(Claim::verdict).containsExactly(Claim.VERIFIED, Claim.CONTRADICTED);
    }

    @ParameterizedTest(name = "{0} as of {1}")
    @CsvSource(delimiter = '|', textBlock = """
        The S&P 500 jumped 209.93 points, or 9.38%, to 2,447.33.                           | 2020-03-24 | points_change:verified session_move:verified close:verified
        The S&P 500 jumped 209 points, or 9.3%, to 2,447.                                  | 2020-03-24 | points_change:verified session_move:verified close:verified
        The S&P 500 jumped 210.93 points.                                                  | 2020-03-24 | points_change:contradicted
        The S&P 500 settled at 2,447.33, a gain of 209.93 points, or 9.38 percent.         | 2020-03-24 | points_change:verified session_move:verified close:verified
        The S&P 500 climbed 209.93, or 9.38 percent, to 2,447.33.                          | 2020-03-24 | points_change:verified session_move:verified close:verified
        The S&P 500 closed 9.4% higher.                                                    | 2020-03-24 | session_move:verified
        The S&P 500 closed 9.4% lower.                                                     | 2020-03-24 | session_move:contradicted
        A two-session loss of 94.51 points, or 3.81%.                                      | 2020-03-16 | points_change:unverifiable return:unverifiable
        The S&P 500 had a two-session loss of 94.51 points, or 3.81%.                      | 2020-03-16 | points_change:verified return:verified
        The S&P 500 lost 94.51 points, or 3.81%, over the last two sessions.               | 2020-03-16 | points_change:verified return:verified
        The S&P 500 fell 1.2% on Monday, a drop that erased its gain for the year.         | 2020-03-16 | session_move:contradicted
        The S&P 500 finished at 3,386.15, topping its previous high of 3,380.16.           | 2020-02-19 | high_close:verified close:verified
        The S&P 500 surged 9.38% as traders bet the worst may be over.                     | 2020-03-24 | session_move:verified
        The S&P 500 could surge 9.38% if traders bet the worst is over.                    | 2020-03-24 | session_move:unverifiable
        The S&P 500 has risen about 9% since then.                                         | 2020-03-24 | session_move:unverifiable
        It was the S&P 500's biggest percentage gain since Oct. 28, 2008, the day it had jumped 10.79 percent. | 2020-03-24 | largest_move_since:verified session_move:verified
        The S&P 500 futures rose 2%.                                                       | 2020-03-24 | session_move:unverifiable
        The S&P 500 closed at 2,447.33 points.                                             | 2020-03-24 | close:verified
        The S&P 500 was up 9% in Tuesday's trading.                                        | 2020-03-24 | session_move:unverifiable
        The S&P 500 reached an intraday high of 3,393.52, above its prior intraday peak of 3,385.09. | 2020-02-19 | high_close:verified high_close:verified
        The S&P 500 is 15.11% below its Feb. 19 record close.                              | 2020-04-17 | distance:verified
        On Monday the S&P 500 dropped another 11.98%.                                      | 2020-03-16 | session_move:verified
        The S&P 500's drop for the year is 356.22 points.                                  | 2020-04-17 | points_change:verified
        The S&P 500 has rebounded since it fell to a low of 2,237.40 in March 2020.        | 2020-04-17 | low_close:verified
        The S&P 500 finished a hair below its record close.                                | 2020-02-20 | record_high:verified
        The S&P 500 finished a hair below its record close.                                | 2020-02-19 | record_high:contradicted
        The S&P 500 has risen 9% over the same stretch.                                    | 2020-03-24 | session_move:unverifiable
        The S&P 500 is still down about 356 points for 2020.                               | 2020-04-17 | points_change:verified
        The S&P 500 moved back above the psychologically important 2,400 level.            | 2020-03-24 | close_beyond:verified
        The S&P 500 moved back above the 2,200 level.                                      | 2020-03-24 | close_beyond:contradicted
        When trading ended the S&P 500 was back at 2,447.33.                               | 2020-03-24 | close:verified
        Acme Corp said its stock closed at $60.75.                                         | 2020-03-24 | unknown_instrument:unverifiable
        The S&P 500 held above its lowest close of the year, 2,237.40, set on March 23.    | 2020-04-17 | low_close:verified
        The S&P 500 held above its lowest close of the year, 2,237.40, set on March 20.    | 2020-04-17 | low_close:contradicted
        The S&P 500 is up about 5% in 2020.                                                | 2020-02-19 | return:verified
        The S&P 500 broke through its record close of 3,380.16.                            | 2020-02-19 | high_close:verified
        It was the S&P 500's biggest one-day percentage gain since Oct. 28, 2008.          | 2020-03-24 | largest_move_since:verified
        It was the S&P 500's biggest percentage gain since October 2008.                   | 2020-03-24 | largest_move_since:verified
        It was the S&P 500's largest point gain since March 13.                            | 2020-03-24 | largest_move_since:verified
        It was the S&P 500's biggest one-day percentage gain since March 13.               | 2020-03-24 | largest_move_since:contradicted
        It was the S&P 500's worst day since Oct. 28, 2008.                                | 2020-03-24 | largest_move_since:contradicted
        The S&P 500 closed at 2,237.40, its lowest close since Dec. 6, 2016.               | 2020-03-23 | lowest_close_since:verified close:verified
        The S&P 500 closed at 2,237.40, its lowest close since November 2016.              | 2020-03-23 | lowest_close_since:contradicted close:verified
        The S&P 500 is 15.11% below its record close of 3,386.15, set Feb. 19.             | 2020-04-17 | distance:verified high_close:verified
        The S&P 500 is 15.11% below its record close of 3,386.15, set Feb. 20.             | 2020-04-17 | distance:verified high_close:contradicted
        The S&P 500 is 28.48% above its 52-week low of 2,237.40.                           | 2020-04-17 | distance:verified low_close:verified
        The S&P 500 is 11.28% below its 2019 closing high of 3,240.02.                     | 2020-04-17 | distance:verified high_close:verified
        The S&P 500 is 12% below its 2019 closing high.                                    | 2020-04-17 | distance:contradicted
        The S&P 500 posted its first close above 3,000.                                    | 2019-07-12 | first_cross_since:verified
        The S&P 500 posted its first close above 3,000.                                    | 2019-07-16 | first_cross_since:contradicted
        The S&P 500 fell below 2,800 for the first time since June 2019.                   | 2020-03-09 | first_cross_since:verified
        The S&P 500 was down as much as 12.2% on the day.                                  | 2020-03-16 | session_move:verified
        The S&P 500 was down as much as 9.9% on the day.                                   | 2020-03-16 | session_move:contradicted
        At 10 a.m. the S&P 500 was down 8%.                                                | 2020-03-16 | session_move:unverifiable
        On March 23 the S&P 500 closed at 2,237.40. It has risen 28.48% since then.        | 2020-04-17 | close:verified return:verified
        On March 23 the S&P 500 closed at 2,237.40. Since then it has risen 28.48%. In points, its gain since March 23 is 637.16. It has risen 29% over the same stretch. | 2020-04-17 | close:verified return:verified points_change:verified return:contradicted
        Stocks sank on Monday. The S&P 500 lost 11.98%.                                    | 2020-03-19 | session_move:verified
        Stocks sank on Monday. The S&P 500 is now down 11.98%.                             | 2020-03-19 | session_move:contradicted
        Stocks sank on Monday. The S&P 500 fell 11.98% in that session.                    | 2020-03-19 | session_move:verified
        Since 1950 the S&P 500 has risen 1.1% on average in December.                      | 2020-04-17 | session_move:unverifiable
        At 4 p.m. the S&P 500 stood at 2,447.33.                                           | 2020-03-24 | close:verified
        At 11 a.m. the S&P 500 stood at 2,447.33.                                          | 2020-03-24 | close:unverifiable
        The S&P 500 finished at an all-time high.                                          | 2020-02-19 | record_high:verified
        The S&P 500 finished at an all-time high.                                          | 2020-02-20 | record_high:contradicted
        Last week the S&P 500 set a closing record.                                        | 2020-02-24 | record_high:verified
        Last week the S&P 500 set a closing record.                                        | 2020-03-02 | record_high:contradicted
        The S&P 500 made back what it lost last week and finished a hair below its record close. | 2020-02-24 | record_high:verified
        The S&P 500 was up as much as 9.5% and reached 2,449.71.                           | 2020-03-24 | close:verified session_move:verified
        The S&P 500 was up as much as 9.5% and reached 2,447.33.                           | 2020-03-24 | close:contradicted session_move:verified
        The S&P 500 reached 2,449.71.                                                      | 2020-03-24 | unmapped:unverifiable
        Down 1.05% from 52 weeks ago, the S&P 500 ended the week higher.                   | 2020-04-17 | distance:verified
        Up 1.05% from 52 weeks ago, the S&P 500 ended the week higher.                     | 2020-04-17 | distance:contradicted
        The S&P 500 fell below its lowest close of the year, 2,304.92, set on March 20.    | 2020-03-23 | low_close:verified
        The S&P 500 is 15.11% below its record close, beyond the 10% decline traditionally used to define a correction. | 2020-04-17 | distance:verified
        Stocks fell hard on Monday after the S&P 500 had its worst week since October 2008. | 2020-03-23 | largest_move_since:verified
        Stocks fell hard on Monday after the S&P 500 had its worst week since November 2008. | 2020-03-23 | largest_move_since:contradicted
        The S&P 500 had its worst week since October 2008.                                 | 2020-03-20 | largest_move_since:verified
        It was the S&P 500's best day in more than 11 years.                               | 2020-03-24 | largest_move_since:verified
        It was the S&P 500's best day in 12 years.                                         | 2020-03-24 | largest_move_since:contradicted
        It was the S&P 500's worst day since mid-March.                                    | 2020-04-01 | largest_move_since:verified
        It was the S&P 500's worst day since late March.                                   | 2020-04-01 | largest_move_since:contradicted
        2019 was the S&P 500's second-best year of the past ten.                           | 2020-04-17 | move_rank:verified
        2019 was the S&P 500's third-best year of the past ten.                            | 2020-04-17 | move_rank:contradicted
        Stocks sank on Monday. It was the S&P 500's worst day in more than 11 years.        | 2020-03-19 | largest_move_since:verified
        The S&P 500 finished at 3,386.15 on Feb. 19, topping its previous high of 3,380.16. | 2020-04-17 | high_close:verified close:verified
        On Feb. 20 the S&P 500 was 0.38% below its record close of 3,386.15, set on Feb. 19. | 2020-04-17 | distance:verified high_close:verified
        The S&P 500 closed at a five-week high.                                            | 2020-04-17 | highest_close_since:verified
        The S&P 500 closed at a six-week high.                                             | 2020-04-17 | highest_close_since:contradicted
        It was the S&P 500's highest close in more than five weeks.                        | 2020-04-17 | highest_close_since:verified
        The S&P 500 rose in three of the last four sessions.                               | 2020-04-17 | direction_count:verified
        The S&P 500 fell in three of the last four sessions.                               | 2020-04-17 | direction_count:contradicted
        The S&P 500 posted its second straight weekly gain.                                | 2020-04-17 | direction_count:verified
        The S&P 500 posted its third straight weekly gain.                                 | 2020-04-17 | direction_count:contradicted
        The S&P 500 has delivered double-digit returns for three years running.            | 2014-12-31 | direction_count:verified
        The S&P 500 has delivered double-digit returns for three years running.            | 2020-04-17 | direction_count:contradicted
        The S&P 500 ended the first trading day of the year higher in each of the past four years. | 2020-04-17 | direction_count:verified
        The S&P 500 ended the first trading day of the year higher in each of the past five years. | 2020-04-17 | direction_count:contradicted
        The S&P 500 ended the first trading day of the year lower in two of the past six years. | 2020-04-17 | direction_count:verified
        The S&P 500 and the Nasdaq Composite both rose more than 9%.                       | 2020-03-24 | session_move:unverifiable session_move:verified
        The S&P 500 closed at a record for the first time since October 2007.              | 2013-03-28 | record_high:verified
        The S&P 500 closed at a record for the first time since March 2000.                | 2013-03-28 | record_high:contradicted
        The S&P 500 entered a bear market.                                                 | 2020-03-12 | distance:verified
        The S&P 500 entered a bear market.                                                 | 2020-03-09 | distance:contradicted
        The S&P 500 slid into a correction.                                                | 2020-03-09 | distance:verified
        European shares entered a bear market.                                             | 2020-03-12 | unknown_instrument:unverifiable
        A close below 2,700 would put the S&P 500 in a bear market.                        | 2020-03-09 | unmapped:unverifiable
        The S&P 500 slid into a correction, its quickest trip into correction territory.    | 2020-03-09 | distance:verified
        A 10% drop from a recent high is the usual definition of a correction. The S&P 500 rose 9.38%. | 2020-03-24 | session_move:verified
        The S&P 500 left the correction, defined as a drop of 10% from a recent high, and rose 9.38%. | 2020-03-24 | session_move:verified
        Even after the rally, the S&P 500 is still at least 27% below the highs it set in mid-February. | 2020-03-24 | distance:verified
        Even after the rally, the S&P 500 is still at least 28% below the highs it set in mid-February. | 2020-03-24 | distance:contradicted
        """)
    void reads_and_checks(String sentence, LocalDate asOf, String expected) {
        CheckReport report = checker.check(sentence, "wire.txt", asOf);
        assertThat(report.claims().stream().map(c -> c.kind() + ":" + c.verdict()).collect(Collectors.joining(" ")))
                .as(report.claims().stream().map(Claim::explanation).collect(Collectors.joining("\n")))
                .isEqualTo(expected);
    }
}

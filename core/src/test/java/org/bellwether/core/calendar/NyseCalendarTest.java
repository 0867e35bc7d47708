package org.bellwether.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NyseCalendarTest {

    private final NyseCalendar nyse = NyseCalendar.INSTANCE;

    @ParameterizedTest(name = "{0} is closed for {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-01-01 | New Year's Day
            2023-01-02 | New Year's Day (observed)
            2026-01-19 | Martin Luther King Jr. Day
            2026-02-16 | Washington's Birthday
            2026-04-03 | Good Friday
            2024-03-29 | Good Friday
            2000-04-21 | Good Friday
            2026-05-25 | Memorial Day
            2022-06-20 | Juneteenth (observed)
            2026-06-19 | Juneteenth
            2020-07-03 | Independence Day (observed)
            2026-07-03 | Independence Day (observed)
            2021-07-05 | Independence Day (observed)
            2026-09-07 | Labor Day
            2026-11-26 | Thanksgiving Day
            2021-12-24 | Christmas Day (observed)
            2022-12-26 | Christmas Day (observed)
            2026-12-25 | Christmas Day
            2001-09-11 | September 11 attacks
            2001-09-14 | September 11 attacks
            2004-06-11 | National Day of Mourning for Ronald Reagan
            2007-01-02 | National Day of Mourning for Gerald Ford
            2012-10-29 | Hurricane Sandy
            2012-10-30 | Hurricane Sandy
            2018-12-05 | National Day of Mourning for George H. W. Bush
            2025-01-09 | National Day of Mourning for Jimmy Carter
            """)
    void known_holidays_are_closed_with_their_name(LocalDate date, String name) {
        assertThat(nyse.isSession(date)).isFalse();
        assertThat(nyse.holidayName(date)).contains(name);
    }

    @ParameterizedTest(name = "{0} is a session: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2021-12-31 | New Year's Day 2022 fell on a Saturday and is not observed on the Friday before
            2010-12-31 | New Year's Day 2011 fell on a Saturday
            2021-06-18 | Juneteenth was not an NYSE holiday before 2022
            2001-09-17 | reopened after September 11
            2026-01-22 | an ordinary Thursday
            2026-01-02 | the first session of 2026
            2012-10-31 | reopened after Hurricane Sandy
            """)
    void known_sessions_are_open(LocalDate date, String why) {
        assertThat(nyse.isSession(date)).as(why).isTrue();
        assertThat(nyse.holidayName(date)).isEmpty();
    }

    @Test
    void weekends_are_closed_without_a_holiday_name() {
        assertThat(nyse.isSession(LocalDate.of(2026, 1, 24))).isFalse();
        assertThat(nyse.holidayName(LocalDate.of(2026, 1, 25))).isEmpty();
    }

    @ParameterizedTest(name = "{0} closes early")
    @CsvSource({"2026-11-27", "2026-12-24", "2024-07-03", "2019-07-03", "2024-12-24", "2025-11-28"})
    void early_closes_are_at_one_pm_new_york(LocalDate date) {
        assertThat(nyse.isEarlyClose(date)).isTrue();
        assertThat(nyse.sessionClose(date)).isEqualTo(date.atTime(13, 0).atZone(nyse.zone()).toInstant());
    }

    @ParameterizedTest(name = "{0} is not an early close")
    @CsvSource({"2026-07-02", "2021-12-23", "2026-01-22", "2022-12-23"})
    void ordinary_days_close_at_four(LocalDate date) {
        assertThat(nyse.isEarlyClose(date)).isFalse();
        assertThat(nyse.sessionClose(date)).isEqualTo(date.atTime(16, 0).atZone(nyse.zone()).toInstant());
    }

    @Test
    void open_and_close_instants_follow_daylight_saving_time() {
        // 2026: DST starts Sunday 2026-03-08 and ends Sunday 2026-11-01.
        assertThat(nyse.sessionOpen(LocalDate.of(2026, 3, 6))).isEqualTo(Instant.parse("2026-03-06T14:30:00Z"));
        assertThat(nyse.sessionOpen(LocalDate.of(2026, 3, 9))).isEqualTo(Instant.parse("2026-03-09T13:30:00Z"));
        assertThat(nyse.sessionClose(LocalDate.of(2026, 10, 30))).isEqualTo(Instant.parse("2026-10-30T20:00:00Z"));
        assertThat(nyse.sessionClose(LocalDate.of(2026, 11, 2))).isEqualTo(Instant.parse("2026-11-02T21:00:00Z"));
        assertThat(nyse.sessionClose(LocalDate.of(2026, 11, 27))).isEqualTo(Instant.parse("2026-11-27T18:00:00Z"));
    }

    @Test
    void next_and_previous_session_skip_weekends_and_holidays() {
        assertThat(nyse.nextSession(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(nyse.previousSession(LocalDate.of(2026, 4, 6))).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(nyse.previousSession(LocalDate.of(2026, 1, 2))).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(nyse.nextSession(LocalDate.of(2001, 9, 10))).isEqualTo(LocalDate.of(2001, 9, 17));
    }

    @Test
    void session_counts_per_year_match_the_published_calendars() {
        // NYSE held 250 sessions in 2023, 252 in 2024, 250 in 2025 (Carter closure); 2026 is published with 251.
        assertThat(nyse.sessions(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))).hasSize(250);
        assertThat(nyse.sessions(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).hasSize(252);
        assertThat(nyse.sessions(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).hasSize(250);
        assertThat(nyse.sessions(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).hasSize(251);
    }

    @Test
    void easter_is_computed_for_known_years() {
        assertThat(NyseCalendar.easterSunday(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
        assertThat(NyseCalendar.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(NyseCalendar.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(NyseCalendar.easterSunday(2030)).isEqualTo(LocalDate.of(2030, 4, 21));
    }

    @Test
    void dates_outside_the_supported_range_are_refused_with_the_range() {
        assertThatThrownBy(() -> nyse.isSession(LocalDate.of(1999, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2000-01-01..2030-12-31").hasMessageContaining("1999-12-31");
    }

    @Test
    void open_of_a_holiday_names_the_holiday() {
        assertThatThrownBy(() -> nyse.sessionOpen(LocalDate.of(2026, 4, 3)))
                .hasMessageContaining("Good Friday");
    }
}

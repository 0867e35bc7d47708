package org.bellwether.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bellwether.alerts.feed.Bar;
import org.bellwether.alerts.rules.Rule;
import org.bellwether.alerts.rules.RuleFile;
import org.bellwether.core.calendar.NyseCalendar;
import org.junit.jupiter.api.Test;

/** A record alert follows the definition of a record (DESIGN: "Record high"), history rule included. */
class RecordAlertTest {

    private static final List<Rule> RULES = RuleFile.parse("""
            rules:
              - {id: records, type: record_high, symbols: [X]}
            """, "test.yaml");

    /** A close one point higher every session of 2024 and 2025, for {@code engine}. */
    private static List<Alert> rising(AlertEngine engine) {
        List<Alert> fired = new ArrayList<>();
        double close = 100;
        for (LocalDate day : NyseCalendar.INSTANCE.sessions(LocalDate.of(2024, 1, 2), LocalDate.of(2025, 12, 31))) {
            long open = NyseCalendar.INSTANCE.sessionOpen(day).getEpochSecond();
            long end = NyseCalendar.INSTANCE.sessionClose(day).getEpochSecond();
            fired.addAll(engine.on(new Bar("X", day, open, open, 0, end, close, close, close, close, 1000)));
            close++;
        }
        return fired;
    }

    @Test
    void a_close_above_every_earlier_one_is_no_record_on_a_two_year_history() {
        assertThat(rising(new AlertEngine(RULES, index -> List.of()))).isEmpty();
    }

    @Test
    void it_is_a_record_when_the_history_starts_at_inception() {
        List<Alert> fired = rising(new AlertEngine(RULES, index -> List.of(),
                symbol -> Optional.of(LocalDate.of(2024, 1, 2))));
        int sessions = NyseCalendar.INSTANCE.sessions(LocalDate.of(2024, 1, 2), LocalDate.of(2025, 12, 31)).size();
        assertThat(fired).as("every session after the first").hasSize(sessions - 1);
        assertThat(fired.get(0).facts()).containsEntry("history_start", "2024-01-02").containsEntry("kind",
                "record_high");
    }

    @Test
    void a_history_starting_after_inception_is_too_short_to_know() {
        assertThat(rising(new AlertEngine(RULES, index -> List.of(),
                symbol -> Optional.of(LocalDate.of(1987, 9, 10))))).isEmpty();
    }
}

package org.bellwether.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bellwether.alerts.rules.Condition;
import org.bellwether.alerts.rules.Rule;
import org.bellwether.alerts.rules.RuleException;
import org.bellwether.alerts.rules.RuleFile;
import org.junit.jupiter.api.Test;

/** Rule files: every kind of rule read with its fields, and each kind of mistake refused with its line. */
class RuleFileTest {

    @Test
    void the_demo_rules_read_whole() {
        List<Rule> rules = RuleFile.read(Path.of("../examples/alerts/demo.rules.yaml"));
        assertThat(rules).extracting(r -> r.condition().type()).containsExactly("breakout", "record_high",
                "volume_surge", "move", "relative", "correlation_below", "macro_change", "event");
        Rule breakout = rules.getFirst();
        assertThat(breakout.condition()).isEqualTo(new Condition.Breakout(true, true, null, 30, true));
        assertThat(breakout.symbols()).containsExactly("RUT");
        assertThat(breakout.severity()).isEqualTo(Rule.Severity.CRITICAL);
        assertThat(breakout.line()).isEqualTo(6);
        assertThat(rules.getLast().cooldown()).isEqualTo(Duration.ofHours(1));
        assertThat(rules.get(6).condition()).isEqualTo(new Condition.MacroChange("BAMLH0A0HYM2", -10, 5));
    }

    @Test
    void json_and_index_scopes_and_given_levels_read_too() {
        List<Rule> rules = RuleFile.parse("""
                {"rules": [
                  {"id": "a", "type": "breakdown", "members_of": "rut", "level": 2400, "cooldown": "30m"},
                  {"id": "b", "type": "high_52w", "symbols": "spx"},
                  {"id": "c", "type": "relative", "symbols": ["RUT"], "vs": "SPX", "period": 21, "below_bp": -300}
                ]}""", "rules.json");
        assertThat(rules.getFirst().membersOf()).isEqualTo("RUT");
        assertThat(rules.getFirst().condition()).isEqualTo(new Condition.Breakout(false, false, 2400.0, 0, false));
        assertThat(rules.getFirst().cooldown()).isEqualTo(Duration.ofMinutes(30));
        assertThat(rules.get(1).symbols()).containsExactly("SPX");
        assertThat(rules.get(2).condition()).isEqualTo(new Condition.Relative("SPX", "21", null, -300.0));
    }

    @Test
    void mistakes_are_refused_with_the_line_and_the_reason() {
        refused("rules:\n  - id: a\n    type: breakout\n    symbols: [RUT]\n    volume: true\n",
                "f.yaml line 5: rule 'a': unknown field 'volume'; expected one of cooldown, id, interval, level, "
                        + "members_of, min_held_minutes, severity, symbols, type, volume_confirmed");
        refused("rules:\n  - id: a\n    type: breakuot\n    symbols: [RUT]\n", "f.yaml line 3: rule 'a': unknown type "
                + "'breakuot'; expected one of breakdown, breakout, correlation_below, event, high_52w, macro_change, "
                + "move, record_high, relative, volume_surge");
        refused("rules:\n  - type: move\n    symbols: [RUT]\n", "f.yaml line 2: the field 'id' is required");
        refused("rules:\n  - {id: a, type: move, symbols: [RUT]}\n  - {id: a, type: move, symbols: [SPX]}\n",
                "f.yaml line 3: rule 'a': the id is used by an earlier rule");
        refused("rules:\n  - id: a\n    type: move\n    symbols: [RUT]\n    k: two\n",
                "f.yaml line 5: rule 'a': k must be a number, but was two");
        refused("rules:\n  - id: a\n    type: move\n    symbols: [RUT]\n    k: -1\n",
                "f.yaml line 5: rule 'a': k must be above 0 and at most 100, but was -1");
        refused("rules:\n  - {id: a, type: move, symbols: [RUT], cooldown: soon}\n",
                "f.yaml line 2: rule 'a': cooldown must be 0 or a number with s, m, h or d");
        refused("rules:\n  - {id: a, type: record_high}\n", "f.yaml line 2: rule 'a': a record_high rule needs "
                + "symbols: [..] or members_of: INDEX");
        refused("rules:\n  - {id: a, type: relative, symbols: [RUT], vs: SPX}\n",
                "f.yaml line 2: rule 'a': a relative rule needs exactly one of above_bp or below_bp");
        refused("rules:\n  - {id: a, type: breakout, symbols: [RUT], min_held_minutes: 5}\n",
                "min_held_minutes applies to 1-minute bars");
        refused("rules:\n  - {id: a, type: move, symbols: [R UT]}\n", "'R UT' is not a symbol");
        refused("rules:\n  - {id: a, type: macro_change, series: DGS2, change_bp: 0}\n", "change_bp must not be 0");
        refused("rules:\n  - id: a\n    type: [move\n", "f.yaml line 4: not valid YAML");
        refused("alerts: []\n", "f.yaml line 1: unknown field 'alerts'; expected one of rules");
        refused("rules: []\n", "f.yaml line 1: 'rules' must be a list of at least one rule");
    }

    private static void refused(String text, String message) {
        assertThatThrownBy(() -> RuleFile.parse(text, "f.yaml")).isInstanceOf(RuleException.class)
                .hasMessageContaining(message);
    }
}

package org.bellwether.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bellwether.core.definitions.Definitions;
import org.junit.jupiter.api.Test;

/** The registry and DESIGN.md say the same thing, and every parameter of the code is in both. */
class FactRegistryTest {

    /** The project's DESIGN.md (the contract this module's definitions follow). */
    private static final Path DESIGN = Path.of("../DESIGN.md");

    private static Stream<Parameter> parameters() {
        return Stream.of(Arrays.stream(FactKind.values()).flatMap(kind -> kind.parameters().stream()),
                Arrays.stream(Comparison.values()).flatMap(comparison -> comparison.parameters().stream()),
                Arrays.stream(DataRule.values()).flatMap(rule -> rule.parameters().stream()),
                Arrays.stream(StoryWeight.values()).flatMap(weight -> weight.parameters().stream())).flatMap(s -> s);
    }

    @Test
    void design_states_every_parameter_of_the_registry_with_its_value() throws IOException {
        String design = Files.readString(DESIGN).replaceAll("\\s+", " ");
        List<String> missing = parameters().map(Parameter::stated).filter(stated -> !design.contains(stated))
                .distinct().toList();
        assertThat(missing).as("phrases of the registry that DESIGN.md does not say").isEmpty();
    }

    @Test
    void every_constant_of_definitions_is_a_parameter_of_the_registry_with_the_same_value() throws Exception {
        Map<String, Double> registry = new HashMap<>();
        parameters().forEach(parameter -> {
            Double before = registry.put(parameter.constant(), parameter.value());
            assertThat(before == null || before == parameter.value()).as(parameter.constant() + " has one value")
                    .isTrue();
        });
        List<String> constants = new ArrayList<>();
        for (Field field : Definitions.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                constants.add(field.getName());
                assertThat(registry).as("the registry names " + field.getName()).containsKey(field.getName());
                assertThat(registry.get(field.getName())).as(field.getName())
                        .isEqualTo(((Number) field.get(null)).doubleValue());
            }
        }
        assertThat(registry.keySet()).as("registry parameters that are not constants of Definitions")
                .allMatch(constants::contains);
    }

    @Test
    void a_changed_parameter_is_no_longer_what_design_says() throws IOException {
        String design = Files.readString(DESIGN).replaceAll("\\s+", " ");
        Parameter tolerance = new Parameter("LEVEL_TOLERANCE", 0.006, Parameter.Format.PERCENT, "(default {} of price)");
        assertThat(tolerance.stated()).isEqualTo("(default 0.6% of price)");
        assertThat(design).doesNotContain(tolerance.stated());
    }

    @Test
    void parameters_print_as_design_prints_them() {
        assertThat(new Parameter("X", 0.005, Parameter.Format.PERCENT, "{}").stated()).isEqualTo("0.5%");
        assertThat(new Parameter("X", 0.10, Parameter.Format.PERCENT, "{}").stated()).isEqualTo("10%");
        assertThat(new Parameter("X", 1.5, Parameter.Format.DECIMAL, "{}").stated()).isEqualTo("1.5");
        assertThat(new Parameter("X", 2, Parameter.Format.DECIMAL, "{}").stated()).isEqualTo("2");
        assertThat(new Parameter("X", 10, Parameter.Format.WORDS, "{}").stated()).isEqualTo("ten");
        assertThat(new Parameter("X", -250, Parameter.Format.SIGNED, "{}").stated()).isEqualTo("−250");
        assertThat(new Parameter("X", 252, Parameter.Format.INTEGER, "{}").stated()).isEqualTo("252");
    }

    @Test
    void kinds_have_distinct_ids_and_registered_definitions_one_kind_each() {
        assertThat(Arrays.stream(FactKind.values()).map(FactKind::id)).doesNotHaveDuplicates();
        assertThat(FactRegistry.definitions()).extracting(FactDefinition::kind).doesNotHaveDuplicates();
        for (FactKind kind : FactKind.values()) {
            assertThat(FactKind.byId(kind.id())).contains(kind);
        }
    }
}

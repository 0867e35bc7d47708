package org.bellwether.facts;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of fact computed by a {@link FactDefinition} of their own: the note states each of them for its subject,
 * the claim checker reads their claims, and the API serves them at {@code /api/v1/facts/{kind}}. A new kind is added
 * by writing its {@link FactKind} entry, its kernel and its definition, and listing the definition here.
 */
public final class FactRegistry {

    private static final List<FactDefinition> DEFINITIONS = List.of(new StreakFact());

    private FactRegistry() {
    }

    /** Every registered definition. */
    public static List<FactDefinition> definitions() {
        return DEFINITIONS;
    }

    /** The definition of {@code kind}, when it has one. */
    public static Optional<FactDefinition> definition(FactKind kind) {
        return DEFINITIONS.stream().filter(definition -> definition.kind() == kind).findFirst();
    }
}

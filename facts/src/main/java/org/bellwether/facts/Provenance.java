package org.bellwether.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where a fact's number comes from.
 *
 * @param inputs the series read, each with the dates and the number of rows used
 * @param definition the definition applied, in words: the registry's, then what this fact used of it
 * @param version the version of the kind's definition
 * @param historyStart the first stored session of the subject when it bounds what the fact can mean (a record), or
 *     null
 * @param source the data source: the store, or the simulated scenario
 * @param simulated whether the data are simulated, not real market prices
 * @param generation the store's data generation the fact was computed from: a later import that changes data makes
 *     it stale
 * @param holes the holes of the inputs the fact met (DESIGN: "Real data"): its figure spans none of them, so it rests
 *     on fewer sessions than its dates suggest
 * @param minuteHoles the holes of the intraday bars the fact met (a tick-for-tick correlation)
 */
public record Provenance(List<Input> inputs, String definition, int version, LocalDate historyStart, String source,
        boolean simulated, long generation, List<Reports.Gap> holes,
        List<Reports.MinuteGap> minuteHoles) {

    /** One series read for a fact: {@code rows} rows from {@code first} to {@code last}. */
    public record Input(String symbol, LocalDate first, LocalDate last, int rows) {
    }

    /** Checks the parts and copies the inputs. */
    public Provenance {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(source, "source");
        inputs = List.copyOf(inputs);
        holes = List.copyOf(holes);
        minuteHoles = List.copyOf(minuteHoles);
    }

    /**
     * The provenance of a fact of {@code kind} from {@code source}: the kind's definition, then {@code detail} (what
     * this fact used of it; none when null).
     */
    public static Provenance of(FactKind kind, String detail, DataSource source, LocalDate historyStart,
            Input... inputs) {
        return new Provenance(List.of(inputs), detail == null ? kind.definition() : kind.definition() + "; " + detail,
                kind.version(), historyStart, source.description(), source.simulated(), source.generation(), List.of(),
                List.of());
    }

    /** This provenance with the holes its inputs had where the fact looked. */
    public Provenance withHoles(List<Reports.Gap> met) {
        return new Provenance(inputs, definition, version, historyStart, source, simulated, generation, met,
                minuteHoles);
    }

    /** This provenance with the holes its intraday inputs had where the fact looked. */
    public Provenance withMinuteHoles(List<Reports.MinuteGap> met) {
        return new Provenance(inputs, definition, version, historyStart, source, simulated, generation, holes, met);
    }
}

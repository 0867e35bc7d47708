package org.bellwether.report.note;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.bellwether.facts.text.Wording;

/** A sentence (or heading, or table cell) of the note: words, and numbers that each point to a {@link NoteFact}. */
public record Text(List<Part> parts) {

    /** Copies the parts. */
    public Text {
        parts = List.copyOf(parts);
    }

    /** A run of words, or a number with its fact. */
    public sealed interface Part permits Words, Number {
    }

    /** Words. */
    public record Words(String text) implements Part {
    }

    /** A printed number and the id of the fact behind it. */
    public record Number(String printed, NoteFact fact) implements Part {
    }

    /** The text without links. */
    public String plain() {
        return parts.stream().map(part -> part instanceof Words words ? words.text() : ((Number) part).printed())
                .collect(Collectors.joining());
    }

    /** Builds a text from words and numbers in order. */
    static Builder builder() {
        return new Builder();
    }

    /** Words and numbers, appended in order. */
    static final class Builder {
        private final List<Part> parts = new ArrayList<>();

        Builder words(String text) {
            parts.add(new Words(text));
            return this;
        }

        Builder number(NoteFact fact) {
            parts.add(new Number(fact.printed(), fact));
            return this;
        }

        /** {@code fact}'s number and the noun it counts, agreeing with it: "1 basis point", "26 basis points". */
        Builder count(NoteFact fact, String[] noun) {
            return number(fact).words(" " + Wording.agreeing(fact.printed(), noun[0], noun[1]));
        }

        /** The parts of {@code text}, after those so far. */
        Builder append(Text text) {
            parts.addAll(text.parts());
            return this;
        }

        Text build() {
            return new Text(parts);
        }
    }
}

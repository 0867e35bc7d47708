package org.bellwether.report.note;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.bellwether.facts.Fact;

/**
 * A number of the note: the fact it prints, where (the anchor the HTML links and the Markdown footnotes), and as
 * what. The note writes them all as JSON next to itself, each with the fact's kind, subjects, sessions, value, unit,
 * definition and source.
 *
 * @param id the anchor, {@code f1}, {@code f2}, ...
 * @param fact the fact
 * @param printed the number as the note prints it
 */
@JsonPropertyOrder({"id", "kind", "subjects", "start", "end", "value", "unit", "printed", "definition", "source"})
public record NoteFact(String id, @JsonIgnore Fact fact, String printed) {

    /** The fact's kind, by the registry's id: {@code return}. */
    @JsonProperty
    public String kind() {
        return fact.kind().id();
    }

    /** The instruments or series it is about. */
    @JsonProperty
    public List<String> subjects() {
        return fact.subjects();
    }

    /** The first session (or date) used. */
    @JsonProperty
    public LocalDate start() {
        return fact.start();
    }

    /** The last session (or date) used. */
    @JsonProperty
    public LocalDate end() {
        return fact.end();
    }

    /** The number as computed (full precision). */
    @JsonProperty
    public double value() {
        return fact.value();
    }

    /** The unit: {@code percent}, {@code bp}, {@code count}, {@code ratio}, {@code level}, {@code minutes}. */
    @JsonProperty
    public String unit() {
        return fact.unit().id();
    }

    /** The definition applied, with the inputs (sessions, windows) used. */
    @JsonProperty
    public String definition() {
        return fact.provenance().definition();
    }

    /** The data source. */
    @JsonProperty
    public String source() {
        return fact.provenance().source();
    }
}

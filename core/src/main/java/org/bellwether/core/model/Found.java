package org.bellwether.core.model;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the data hold, or why they hold nothing ("the store has no daily bars for RUT"). Absence is a value with its
 * reason, not an exception: a caller that can leave out what it cannot say takes {@link #optional()}; one that cannot
 * go on without it takes {@link #require()}, which gives up with the reason as a {@link NoDataException}, told apart
 * from a bad argument or a bug.
 *
 * @param <T> the kind of value
 */
public final class Found<T> {

    private final T value;
    private final NoDataException absence;

    private Found(T value, NoDataException absence) {
        this.value = value;
        this.absence = absence;
    }

    /** {@code value}, found. */
    public static <T> Found<T> of(T value) {
        return new Found<>(Objects.requireNonNull(value, "value"), null);
    }

    /** Nothing, for {@code reason}, which says what is missing and how to get it. */
    public static <T> Found<T> none(String reason) {
        return none(new NoDataException(Objects.requireNonNull(reason, "reason")));
    }

    /** Nothing, for the reason {@code absence} gives (a kind of absence a caller may tell apart). */
    public static <T> Found<T> none(NoDataException absence) {
        return new Found<>(null, Objects.requireNonNull(absence, "absence"));
    }

    /** Whether a value was found. */
    public boolean isPresent() {
        return value != null;
    }

    /** The value, if one was found. */
    public Optional<T> optional() {
        return Optional.ofNullable(value);
    }

    /** The value, or a {@link NoDataException} with the reason there is none. */
    public T require() {
        if (value == null) {
            throw absence;
        }
        return value;
    }

    /** Why nothing was found; empty when a value was. */
    public Optional<String> reason() {
        return value == null ? Optional.of(absence.getMessage()) : Optional.empty();
    }

    /** The value mapped by {@code mapper}, or the same absence. */
    public <U> Found<U> map(Function<? super T, ? extends U> mapper) {
        return value == null ? none(absence) : of(mapper.apply(value));
    }
}

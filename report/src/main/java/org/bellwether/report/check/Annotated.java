package org.bellwether.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.facts.KnownInstruments;

/**
 * A sentence with what the claim patterns look for put in place: instruments become {@code {I0}}, periods {@code {P0}},
 * numbers {@code {N0}} (digits and spelled-out words and ordinals), quoted names {@code {Q}} (the "Magnificent 7" is a
 * name, not a number); the digits of clock times, seeds and window lengths become {@code #}.
 *
 * @param original the sentence as written
 * @param text the sentence with placeholders
 * @param instruments the symbol of each {@code {I}} (null for a name the store cannot resolve)
 * @param periods the period of each {@code {P}} (null for a period of no usable dates)
 * @param numbers each {@code {N}}
 * @param unheld the known instruments the sentence names that the store does not hold
 */
record Annotated(String original, String text, List<String> instruments, List<Period> periods, List<Num> numbers,
        List<KnownInstruments.Known> unheld) {

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]{1,60}\"");
    /** Clock times, data seeds and window lengths ("12:30 ET", "seed 42", "1-minute", "50-day") are no claims. */
    private static final Pattern NOT_CLAIMS = Pattern.compile("(?i)\\b\\d{1,2}(?::\\d{2})?\\s?(?:[ap]\\.m\\.|[ap]m\\b|ET\\b)"
            + "|\\b\\d{1,2}:\\d{2}"
            + "|\\bseed \\d+|\\b\\d+-(?:minute|hour|day|session|week|month|year|period)s?\\b");
    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\w.,{])([+\\-−]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(st|nd|rd|th)?(?![\\w}]|[.,]\\d)");
    private static final Pattern WORD = Pattern.compile("(?<![\\w{-])[a-z]+(?:-[a-z]+)?(?![\\w}-])",
            Pattern.CASE_INSENSITIVE);

    private record Span(int start, int end) {
    }

    /** {@code sentence} annotated with the instruments of {@code index} and the periods of {@code reader}. */
    static Annotated of(String sentence, InstrumentIndex index, PeriodReader reader) {
        // braces are the annotation's own marks: a "{P0}" written in the note must not read as one (found by fuzzing)
        String text = sentence.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('–', '-').replace('—', '-').replace('\u00a0', ' ').replace('{', '(').replace('}', ')');
        text = QUOTED.matcher(text).replaceAll("{Q}");
        List<String> instruments = new ArrayList<>();
        List<InstrumentIndex.Mention> mentions = index.find(text);
        List<KnownInstruments.Known> unheld = mentions.stream().map(InstrumentIndex.Mention::unheld)
                .filter(Objects::nonNull).distinct().toList();
        text = replace(text, mentions.stream().map(m -> new Span(m.start(), m.end())).toList(), i -> {
            instruments.add(mentions.get(i).symbol());
            return "{I" + i + "}";
        });
        text = NOT_CLAIMS.matcher(text).replaceAll(match -> match.group().replaceAll("\\d", "#"));
        List<Period> periods = new ArrayList<>();
        List<PeriodReader.Found> found = reader.find(text);
        text = replace(text, found.stream().map(f -> new Span(f.start(), f.end())).toList(), i -> {
            periods.add(found.get(i).period());
            return "{P" + i + "}";
        });
        List<Num> numbers = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        List<Num> pending = new ArrayList<>();
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            String fraction = digits.group(3) == null ? "" : digits.group(3);
            double value = Double.parseDouble(digits.group(2).replace(",", "") + fraction);
            boolean negative = digits.group(1).equals("-") || digits.group(1).equals("−");
            spans.add(new Span(digits.start(), digits.end()));
            pending.add(new Num(negative ? -value : value, Math.max(0, fraction.length() - 1), false,
                    digits.group(4) != null, digits.group()));
        }
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            OptionalLong value = NumberWords.value(words.group());
            if (value.isPresent()) {
                spans.add(new Span(words.start(), words.end()));
                pending.add(new Num(value.getAsLong(), 0, true, NumberWords.isOrdinal(words.group()), words.group()));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(spans.get(a).start(), spans.get(b).start()));
        text = replace(text, order.stream().map(spans::get).toList(), i -> {
            numbers.add(pending.get(order.get(i)));
            return "{N" + i + "}";
        });
        return new Annotated(sentence, text, instruments, periods, numbers, unheld);
    }

    /** {@code text} with each span (in text order, not overlapping) replaced by {@code token.apply(its index)}. */
    private static String replace(String text, List<Span> spans, IntFunction<String> token) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i = 0; i < spans.size(); i++) {
            out.append(text, at, spans.get(i).start()).append(token.apply(i));
            at = spans.get(i).end();
        }
        return out.append(text.substring(at)).toString();
    }
}

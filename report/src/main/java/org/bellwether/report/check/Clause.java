package org.bellwether.report.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause of a sentence a claim's number is in: "The S&P 500 was down as much as 8.6 percent" of "..., while the
 * Nasdaq Composite Index lost 96.53 points". A verdict belongs to its clause; the sentence's other clauses make claims
 * of their own.
 */
final class Clause {

    /**
     * Where one clause ends and the next begins: a semicolon; a comma before a conjunction or before a comparison with
     * another level (", above its prior intraday peak of 4,818.62"); "while".
     */
    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s+|,\\s+(?=(?:while|whereas|but|and|although|though"
            + "|even as|above|below|beneath|topping|breaking|surpassing)\\s)|\\s+(?=(?:while|whereas)\\s)");

    private Clause() {
    }

    /**
     * The clause of {@code sentence} that holds the number {@code stated} (of {@code numbers}, as the sentence prints
     * them); the whole sentence when the number is not printed there exactly once.
     */
    static String of(String sentence, List<Num> numbers, Hedge stated) {
        if (stated == null) {
            return sentence;
        }
        List<String> printed = numbers.stream().filter(n -> Math.abs(n.value()) == stated.value()
                && n.decimals() == stated.decimals()).map(Num::text).distinct().toList();
        return printed.size() == 1 ? of(sentence, printed.get(0)) : sentence;
    }

    /** The clause of {@code sentence} that holds {@code number}, printed there once; else the whole sentence. */
    static String of(String sentence, String number) {
        Matcher at = Pattern.compile("(?<![\\w.,])" + Pattern.quote(number) + "(?![\\w]|[.,]\\d)").matcher(sentence);
        if (!at.find()) {
            return sentence;
        }
        int start = at.start();
        int end = at.end();
        if (at.find()) {
            return sentence;
        }
        int from = 0;
        int to = sentence.length();
        Matcher boundary = BOUNDARY.matcher(sentence);
        while (boundary.find()) {
            if (boundary.end() <= start) {
                from = boundary.end();
            } else if (boundary.start() >= end) {
                to = boundary.start();
                break;
            }
        }
        return from == 0 && to == sentence.length() ? sentence : sentence.substring(from, to).strip();
    }
}

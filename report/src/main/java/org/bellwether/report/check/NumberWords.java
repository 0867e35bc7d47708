package org.bellwether.report.check;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Spelled-out numbers and ordinals ("seven", "twenty-five", "seventh"), read with ICU's rule-based number format. */
final class NumberWords {

    /** How every English number word begins, cardinal or ordinal ("fif" for fifteen, fifty and fifth). */
    private static final Pattern NUMBER_STEM = Pattern.compile("(?i)(?:zero|one|two|three|thir|four|for|five|fif|six|seven"
            + "|eight|eigh|nine|nin|ten|eleven|twel|twen|hundred|thousand|million|billion|trillion|first|second)");

    private NumberWords() {
    }

    /** The whole number {@code words} spell (cardinal or ordinal), when they spell one entirely. */
    static OptionalLong value(String words) {
        if (words.isBlank() || !Character.isLetter(words.charAt(0)) || !NUMBER_STEM.matcher(words).lookingAt()) {
            return OptionalLong.empty(); // ICU's parse is slow: only words that can spell a number get to it
        }
        ParsePosition position = new ParsePosition(0);
        Number parsed = format().parse(words.toLowerCase(Locale.ROOT), position);
        if (parsed == null || position.getIndex() != words.length() || position.getErrorIndex() >= 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(parsed.longValue());
    }

    /** Whether {@code words} spell an ordinal ("seventh", "twenty-first"). */
    static boolean isOrdinal(String words) {
        OptionalLong value = value(words);
        return value.isPresent() && format().format(value.getAsLong(), "%spellout-ordinal")
                .equalsIgnoreCase(words);
    }

    // RuleBasedNumberFormat is not thread-safe, and slow to build: one per thread
    private static final ThreadLocal<RuleBasedNumberFormat> FORMAT = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(Locale.US, RuleBasedNumberFormat.SPELLOUT));

    private static RuleBasedNumberFormat format() {
        return FORMAT.get();
    }
}

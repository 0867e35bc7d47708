package org.bellwether.report.check;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.OptionalLong;

/** Spelled-out numbers and ordinals ("seven", "twenty-five", "seventh"), read with ICU's rule-based number format. */
final class NumberWords {

    private NumberWords() {
    }

    /** The whole number {@code words} spell (cardinal or ordinal), when they spell one entirely. */
    static OptionalLong value(String words) {
        if (words.isBlank() || !Character.isLetter(words.charAt(0))) {
            return OptionalLong.empty();
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

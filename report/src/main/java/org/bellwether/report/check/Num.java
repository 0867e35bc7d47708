package org.bellwether.report.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A number as a note prints it.
 *
 * @param value the value (negative when printed with a minus sign)
 * @param decimals the decimals printed (0 for words)
 * @param words whether it was spelled out ("seven")
 * @param ordinal whether it is an ordinal ("seventh", "7th")
 * @param text the text as printed
 */
record Num(double value, int decimals, boolean words, boolean ordinal, String text) {

    /** {@code value} with {@code decimals} decimals and thousands separators, e.g. "2,450.00". */
    static String format(double value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(BigDecimal.valueOf(value));
    }
}

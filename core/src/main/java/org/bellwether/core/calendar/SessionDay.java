package org.bellwether.core.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bellwether.core.model.InvalidRequestException;

/**
 * A day of a trading calendar worth listing: a session with its hours (in the calendar's zone, "09:30"), or a
 * weekday holiday with its name. Weekends are not listed.
 *
 * @param date the date
 * @param session whether the exchange trades
 * @param open the opening time of a session, else null
 * @param close the closing time of a session, else null
 * @param earlyClose whether a session closes early, else null
 * @param holiday the holiday's name, else null
 */
public record SessionDay(LocalDate date, boolean session, String open, String close, Boolean earlyClose,
        String holiday) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The sessions and holidays of {@code calendar} from {@code from} to {@code to}, inclusive. */
    public static List<SessionDay> between(TradingCalendar calendar, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to must not be before from, but " + to + " is before " + from);
        }
        ZoneId zone = calendar.zone();
        List<SessionDay> days = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            if (calendar.isSession(date)) {
                days.add(new SessionDay(date, true, calendar.sessionOpen(date).atZone(zone).format(TIME),
                        calendar.sessionClose(date).atZone(zone).format(TIME), calendar.isEarlyClose(date), null));
            } else {
                Optional<String> holiday = calendar.holidayName(date);
                if (holiday.isPresent()) {
                    days.add(new SessionDay(date, false, null, null, null, holiday.get()));
                }
            }
        }
        return days;
    }
}

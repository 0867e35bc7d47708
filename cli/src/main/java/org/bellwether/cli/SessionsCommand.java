package org.bellwether.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.calendar.TradingCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bellwether sessions}: the exchange calendar, sessions with their hours and the holidays between. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = "Show the NYSE calendar: sessions with open and close (early closes marked) and holidays.")
final class SessionsCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", description = "first date (default: today)")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "last date (default: 14 days after --from)")
    private LocalDate to;

    @Option(names = "--json", description = "print the result as one JSON document")
    private boolean json;

    @Override
    public Integer call() {
        TradingCalendar calendar = NyseCalendar.INSTANCE;
        LocalDate first = from == null ? LocalDate.now(calendar.zone()) : from;
        LocalDate last = to == null ? first.plusDays(14) : to;
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("--to must not be before --from, but " + last + " is before " + first);
        }
        ZoneId zone = calendar.zone();
        List<Map<String, Object>> days = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("date", date.toString());
            if (calendar.isSession(date)) {
                day.put("session", true);
                day.put("open", calendar.sessionOpen(date).atZone(zone).format(TIME));
                day.put("close", calendar.sessionClose(date).atZone(zone).format(TIME));
                day.put("early_close", calendar.isEarlyClose(date));
            } else {
                Optional<String> holiday = calendar.holidayName(date);
                if (holiday.isEmpty()) {
                    continue;
                }
                day.put("session", false);
                day.put("holiday", holiday.get());
            }
            days.add(day);
        }
        if (json) {
            Output.json(spec.commandLine().getOut(), Map.of("calendar", calendar.code(), "zone", zone.getId(),
                    "days", days));
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> day : days) {
            boolean session = (Boolean) day.get("session");
            rows.add(List.of((String) day.get("date"), LocalDate.parse((String) day.get("date")).getDayOfWeek().toString()
                    .substring(0, 3), session ? day.get("open") + "-" + day.get("close") : "closed",
                    session ? (Boolean.TRUE.equals(day.get("early_close")) ? "early close" : "") : (String) day.get("holiday")));
        }
        Output.table(spec.commandLine().getOut(), List.of("DATE", "DAY", "HOURS (" + zone.getId() + ")", "NOTE"), rows);
        return 0;
    }
}

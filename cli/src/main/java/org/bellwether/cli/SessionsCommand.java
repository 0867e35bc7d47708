package org.bellwether.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.calendar.SessionDay;
import org.bellwether.core.calendar.TradingCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bellwether sessions}: the exchange calendar, sessions with their hours and the holidays between. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = "Show the NYSE calendar: sessions with open and close (early closes marked) and holidays.")
final class SessionsCommand implements Callable<Integer> {

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
        List<SessionDay> days = SessionDay.between(calendar, first, last);
        if (json) {
            Output.json(spec.commandLine().getOut(), Map.of("calendar", calendar.code(), "zone", zone.getId(),
                    "days", days));
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        for (SessionDay day : days) {
            rows.add(List.of(day.date().toString(), day.date().getDayOfWeek().toString().substring(0, 3),
                    day.session() ? day.open() + "-" + day.close() : "closed", day.session()
                            ? (Boolean.TRUE.equals(day.earlyClose()) ? "early close" : "") : day.holiday()));
        }
        Output.table(spec.commandLine().getOut(), List.of("DATE", "DAY", "HOURS (" + zone.getId() + ")", "NOTE"), rows);
        return 0;
    }
}

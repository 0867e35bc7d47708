package org.bellwether.alerts;

import static org.bellwether.alerts.AlertEngine.map;

import java.time.ZoneId;
import java.util.Map;
import org.bellwether.alerts.feed.Bar;
import org.bellwether.alerts.feed.MacroPoint;
import org.bellwether.alerts.feed.News;
import org.bellwether.alerts.rules.Condition;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.facts.FactKind;
import org.bellwether.facts.text.Wording;

/** The facts of each kind of alert, and the live note written from them, as the market note words them. */
final class AlertFacts {

    static final ZoneId NEW_YORK = NyseCalendar.INSTANCE.zone();

    /**
     * What an alert found.
     *
     * @param keySuffix what tells apart two alerts of one rule, subject and moment (the level of a break)
     */
    record Found(Map<String, Object> facts, String note, String keySuffix) {
    }

    private AlertFacts() {
    }

    static Found breakout(Bar bar, double level, int touches, boolean up, double heldMinutes, double volumeRatio) {
        Map<String, Object> facts = map("interval", bar.daily() ? "1d" : "1m", "level", level, "touches", touches,
                "direction", up ? "up" : "down", "close", bar.close(), "held_minutes", bar.daily() ? null : heldMinutes,
                "volume_ratio", volumeRatio, "volume_confirmed", volumeRatio >= Definitions.VOLUME_MULTIPLE,
                "kind", (up ? FactKind.BREAKOUT : FactKind.BREAKDOWN).id(),
                "definition", touches > 0 ? (up ? FactKind.BREAKOUT : FactKind.BREAKDOWN).definition() + "; a level of "
                        + touches + " clustered swing touches" : "first close beyond the given level by more than "
                        + Wording.number(Definitions.LEVEL_TOLERANCE * 100, 1) + "%");
        String what = (up ? "broke " : "fell through ") + price(level) + (touches > 0 ? up ? " resistance" : " support"
                : "");
        String volume = Double.isNaN(volumeRatio) ? "" : bar.daily()
                ? ", on " + Wording.number(volumeRatio, 1) + " times its average volume of the previous "
                        + Definitions.LEVEL_VOLUME_SESSIONS + " sessions"
                : ", on " + Wording.number(volumeRatio, 1) + " times its usual volume for that time of day";
        String note = bar.daily()
                ? bar.symbol() + " " + what + " on " + bar.session() + ", closing at " + price(bar.close()) + volume + "."
                : bar.symbol() + " " + what + " at " + Wording.clock(bar.startInstant()) + " ET on " + bar.session()
                        + ", " + Wording.duration(heldMinutes) + " into the session" + volume + ".";
        if (touches > 0) {
            note += " The level had " + Wording.words(touches) + " touches.";
        }
        return new Found(facts, note, "|" + Wording.level(level));
    }

    static Found newHigh(SymbolState state, Bar bar, boolean weeks52) {
        if (weeks52) {
            return new Found(map("kind", FactKind.FIFTY_TWO_WEEK_HIGH.id(), "close", bar.close(), "window_sessions",
                    Definitions.WEEKS_52_SESSIONS, "definition", FactKind.FIFTY_TWO_WEEK_HIGH.definition()),
                    bar.symbol() + " closed at " + price(bar.close()) + " on " + bar.session() + ", above its highest "
                            + "close of the previous " + Definitions.WEEKS_52_SESSIONS + " sessions (a 52-week high).",
                    "");
        }
        int n = state.recordsThisYear;
        return new Found(map("kind", FactKind.RECORD_HIGH.id(), "close", bar.close(), "records_this_year", n, "year",
                bar.session().getYear(), "history_start", state.historyStart.toString(),
                "definition", FactKind.RECORD_HIGH.definition()),
                bar.symbol() + " closed at a record " + price(bar.close()) + " on " + bar.session() + ", its "
                        + Wording.ordinal(n) + " record close of " + bar.session().getYear() + ".", "");
    }

    static Found move(SymbolState state, Bar bar, double k) {
        double returnPct = state.lastReturn() * 100;
        double z = state.lastReturn() / state.lastSigma();
        return new Found(map("return_pct", returnPct, "sigma_pct", state.lastSigma() * 100, "z", z, "k", k,
                "kind", FactKind.LARGE_MOVE.id(), "definition", FactKind.LARGE_MOVE.definition()),
                bar.symbol() + (returnPct >= 0 ? " jumped " : " dropped ") + Wording.percent(Math.abs(returnPct))
                        + " on " + bar.session() + " to " + price(bar.close()) + ", " + Wording.number(Math.abs(z), 1)
                        + " standard deviations of its previous " + Definitions.MOVE_SIGMA_SESSIONS + " session returns.", "");
    }

    static Found relative(SymbolState a, SymbolState b, Condition.Relative rule, int startA, int startB, double ra,
            double rb, double bp) {
        String period = switch (rule.period()) {
            case "mtd" -> "month to date";
            case "ytd" -> "year to date";
            default -> "over " + rule.period() + " sessions";
        };
        return new Found(map("vs", b.symbol, "period", rule.period(), "start_a", a.date(startA).toString(),
                "start_b", b.date(startB).toString(), "return_pct", ra * 100, "vs_return_pct", rb * 100,
                "relative_bp", bp, "threshold_bp", rule.aboveBp() != null ? rule.aboveBp() : rule.belowBp(),
                "kind", FactKind.RELATIVE_PERFORMANCE.id(), "definition", FactKind.RELATIVE_PERFORMANCE.definition()),
                a.symbol + (bp >= 0 ? " has outperformed " : " has underperformed ") + b.symbol + " by "
                        + Wording.number(Math.abs(bp), 0) + " basis points " + period + " (" + a.symbol + " "
                        + Wording.signedPercent(ra * 100) + ", " + b.symbol + " " + Wording.signedPercent(rb * 100)
                        + ") as of " + a.lastDaily.session() + ".", "");
    }

    static Found correlation(SymbolState a, SymbolState b, Condition.CorrelationBelow rule, double correlation) {
        return new Found(map("vs", b.symbol, "window_sessions", rule.window(), "correlation", correlation,
                "threshold", rule.below(), "kind", FactKind.CORRELATION.id(),
                "definition", FactKind.CORRELATION.definition() + " over the window"),
                a.symbol + "'s " + rule.window() + "-session correlation with " + b.symbol + " fell to "
                        + Wording.number(correlation, 2) + " on " + a.lastDaily.session() + ", below "
                        + Wording.number(rule.below(), 2) + ".", "");
    }

    static Found volumeSurge(SymbolState state, Bar bar) {
        double ratio = state.minuteVolumeRatio;
        return new Found(map("volume_ratio", ratio, "session_volume", state.minuteSessionVolume, "kind",
                FactKind.VOLUME_RATIO.id(), "definition", FactKind.VOLUME_RATIO.definition()),
                bar.symbol() + " has traded " + Wording.number(ratio, 1) + " times its usual volume for the time of day"
                        + " by " + Wording.clock(bar.startInstant()) + " ET on " + bar.session() + ".", "");
    }

    static Found macro(MacroPoint point, Condition.MacroChange rule, double changeBp, double before) {
        String verb = Wording.rateVerb(changeBp, point.series());
        return new Found(map("value", point.value(), "value_before", before, "change_bp", changeBp,
                "observations", rule.observations(), "threshold_bp", rule.changeBp(),
                "kind", FactKind.SERIES_CHANGE.id(), "definition", "the change over the last observations, in basis "
                        + "points of a percent value"),
                point.series() + " " + verb + " " + Wording.number(Math.abs(changeBp), 0) + " basis points over "
                        + (rule.observations() == 1 ? "one observation" : Wording.words(rule.observations())
                        + " observations") + " to " + Wording.percent(point.value()) + " on " + point.date() + ".",
                "");
    }

    static Found news(News news) {
        return new Found(map("id", news.id(), "headline", news.headline(), "tags", news.tags(), "symbols",
                news.symbols()), "News at " + Wording.clock(news.time()) + " ET on " + news.time().atZone(NEW_YORK)
                        .toLocalDate() + ": \"" + news.headline() + "\" (" + String.join(", ", news.tags()) + ").",
                "|" + news.id());
    }

    /** A level or close as printed: whole numbers without decimals ("2,450"), others with two. */
    private static String price(double value) {
        double cents = Math.rint(value * 100) / 100;
        return cents == Math.rint(cents) ? Wording.number(cents, 0) : Wording.level(value);
    }
}

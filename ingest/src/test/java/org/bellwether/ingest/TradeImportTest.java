package org.bellwether.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import org.bellwether.store.StoreQueries;
import org.junit.jupiter.api.Test;

/**
 * Trades into bars, checked against bars built by hand. The file (Unix seconds, as Bitstamp exports them): in the
 * minute of 1385337600 (2013-11-25 00:00 UTC) trades at 00:00:05 800 x 0.5, 00:00:30 805 x 1, 00:00:10 798 x 0.25
 * (out of order), 00:00:30 803 x 2 (same time as the 805: the later line closes); none in 00:01; at 00:02:00 810 x 1.
 */
class TradeImportTest extends ImportTestBase {

    private static final String TRADES = "timestamp,price,amount\n1385337605,800,0.5\n1385337630,805,1\n"
            + "1385337610,798,0.25\n1385337630,803,2\n1385337720,810,1\n";

    private static BarOptions every(String interval, ZoneId zone) {
        return new BarOptions(BarFormat.AUTO, "BTCUSD", OptionalInt.of(BarOptions.parseInterval(interval)), zone);
    }

    private String bars() {
        return String.join("\n", StoreQueries.rows(store, "SELECT strftime(ts, '%H:%M'), interval_s, open, high, low, "
                + "close, volume FROM intraday_bars ORDER BY ts"));
    }

    @Test
    void trades_make_bars_of_the_first_last_extreme_prices_and_summed_amounts() throws IOException {
        ImportReport report = imports.trades(file("trades.csv", TRADES), every("1m", ZoneOffset.UTC), false);
        assertThat(report.format()).isEqualTo("trades");
        assertThat(report.rowsRead()).isEqualTo(5);
        assertThat(bars()).isEqualTo("00:00|60|800.0|805.0|798.0|803.0|3.75\n00:02|60|810.0|810.0|810.0|810.0|1.0");

        ImportReport again = imports.trades(file("trades.csv", TRADES), every("1m", ZoneOffset.UTC), false);
        assertThat(again.results().get(0).unchanged()).as("re-importing changes nothing").isEqualTo(2);
    }

    @Test
    void empty_bars_between_trades_are_filled_flat_when_asked() throws IOException {
        imports.trades(file("trades.csv", TRADES), every("1m", ZoneOffset.UTC), true);
        assertThat(bars()).isEqualTo("00:00|60|800.0|805.0|798.0|803.0|3.75\n00:01|60|803.0|803.0|803.0|803.0|0.0\n"
                + "00:02|60|810.0|810.0|810.0|810.0|1.0");
    }

    @Test
    void longer_bars_and_daily_bars_in_the_zone_given() throws IOException {
        imports.trades(file("trades.csv", TRADES), every("5m", ZoneOffset.UTC), false);
        assertThat(bars()).isEqualTo("00:00|300|800.0|810.0|798.0|810.0|4.75");
        imports.trades(file("trades.csv", TRADES), every("1d", ZoneId.of("America/New_York")), false);
        assertThat(StoreQueries.rows(store, "SELECT date, open, high, low, close, volume FROM daily_bars"))
                .as("00:00 UTC is the evening of the 24th in New York").containsExactly(
                        "2013-11-24|800.0|810.0|798.0|810.0|4.75");
    }

    @Test
    void a_bad_trade_names_its_line_and_field_and_nothing_is_stored() throws IOException {
        imports.trades(file("trades.csv", TRADES), every("1m", ZoneOffset.UTC), false);
        Path bad = file("bad.csv", "timestamp,price,amount\n1385337905,800,0.5\n1385337930,-5,1\n");
        assertThatThrownBy(() -> imports.trades(bad, every("1m", ZoneOffset.UTC), false))
                .isInstanceOf(BadInputException.class).hasMessageContaining("line 3").hasMessageContaining("price");
        assertThat(StoreQueries.rows(store, "SELECT count(*) FROM intraday_bars")).containsExactly("2");
    }
}

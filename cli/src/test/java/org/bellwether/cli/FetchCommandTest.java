package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.bellwether.core.model.Membership;
import org.bellwether.facts.MarketData;
import org.bellwether.store.MarketStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bellwether fetch} end to end against a loopback server speaking FRED's graph CSV. */
class FetchCommandTest {

    private static final String DGS10 = "observation_date,DGS10\n2020-03-13,0.94\n2020-03-16,0.73\n2020-03-17,"
            + "1.02\n2020-03-18,\n2020-03-19,1.12\n";

    /** An iShares holdings file as the issuer serves it: a preamble, the table (cash and futures too), a disclaimer. */
    private static final String IWM_HOLDINGS = "\uFEFFiShares Russell 2000 ETF\nFund Holdings as of,\"Nov 28, 2026\"\n"
            + "Inception Date,\"May 22, 2000\"\n \nTicker,Name,Sector,Asset Class,Market Value,Weight (%),Notional Value,"
            + "Quantity,Price,Location,Exchange,Currency,FX Rate,Market Currency,Accrual Date\n"
            + "\"CRDO\",\"CREDO TECHNOLOGY GROUP HOLDING LTD\",\"Information Technology\",\"Equity\",\"505,131,066.36\","
            + "\"0.71\",\"505,131,066.36\",\"3,130,116.00\",\"161.38\",\"United States\",\"NASDAQ\",\"USD\",\"1.00\",\"USD\",\"-\"\n"
            + "\"USD\",\"USD CASH\",\"Cash and/or Derivatives\",\"Cash\",\"40,517,000.12\",\"0.06\",\"40,517,000.12\","
            + "\"40,517,000.12\",\"100.00\",\"United States\",\"-\",\"USD\",\"1.00\",\"USD\",\"-\"\n \n"
            + "\"The content contained herein is owned or licensed by BlackRock.\"\n";

    @TempDir
    Path dir;

    private HttpServer server;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/graph/fredgraph.csv", exchange -> {
            boolean known = exchange.getRequestURI().getQuery().equals("id=DGS10");
            byte[] body = (known ? DGS10 : "<!DOCTYPE html><html><body>Not found</body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", known ? "text/csv" : "text/html");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/us/products/239710/", exchange -> {
            byte[] body = IWM_HOLDINGS.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/csv");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private CliRun fetch(String... series) {
        return fetchFrom("fred", series);
    }

    private CliRun fetchFrom(String source, String... series) {
        String[] args = new String[series.length + 8];
        String[] head = {"--db", dir.resolve("store.duckdb").toString(), "fetch", source, "--base-url",
            "http://127.0.0.1:" + server.getAddress().getPort(), "--cache", dir.resolve("cache").toString()};
        System.arraycopy(head, 0, args, 0, head.length);
        System.arraycopy(series, 0, args, head.length, series.length);
        return CliRun.of(args);
    }

    @Test
    void fetched_series_are_imported_logged_with_their_url_and_a_bad_one_fails_alone() throws IOException {
        CliRun run = fetch("DGS10", "NOPE");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("/graph/fredgraph.csv?id=DGS10 [retrieved ").contains("macro: 4 new");
        assertThat(run.err()).contains("NOPE: ").contains("FRED answered with a web page").contains("1 of 2 failed");

        CliRun rates = CliRun.on(dir.resolve("store.duckdb").toString(), "rates", "--as-of", "2020-03-19", "--json");
        assertThat(rates.out()).contains("DGS10");
        JsonNode log = CliRun.on(dir.resolve("store.duckdb").toString(), "imports", "--json").json().get("imports");
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("source").asText()).endsWith("/graph/fredgraph.csv?id=DGS10");
        assertThat(log.get(0).get("retrieved_at").isNull()).isFalse();
        assertThat(CliRun.on(dir.resolve("store.duckdb").toString(), "imports").out())
                .contains("retrieved " + log.get(0).get("retrieved_at").asText().substring(0, 16));

        CliRun again = fetch("DGS10");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("macro: 0 new, 0 replaced, 4 unchanged");
    }

    @Test
    void vintages_without_a_key_are_refused_before_any_request() {
        CliRun run = fetch("--vintages", "GDPC1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--vintages needs FRED's API");
    }

    @Test
    void a_funds_holdings_become_its_weighted_members_from_the_files_date() throws IOException {
        CliRun run = fetchFrom("holdings", "IWM");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("members: 1 new");
        List<Membership> members = new MarketData(MarketStore.at(dir.resolve("store.duckdb"))).reference()
                .memberships("IWM", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).require();
        assertThat(members).as("the equity line, not cash").containsExactly(new Membership("CRDO",
                LocalDate.of(2026, 11, 28), null, 0.0071, Double.NaN));
    }
}

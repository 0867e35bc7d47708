package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.ImportReport;
import org.bellwether.ingest.Imports;
import org.bellwether.report.DemoStore;
import org.bellwether.store.MarketStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read requests go on answering, with unchanged answers, while an import writes to the same store. */
class ConcurrentImportTest {

    @TempDir
    Path dir;

    @Test
    void reads_answer_while_an_import_commits() throws Exception {
        Path copy = dir.resolve("store.duckdb");
        Files.copy(DemoStore.data().store().file(), copy);
        MarketStore store = MarketStore.at(copy);
        StringBuilder csv = new StringBuilder("symbol,date,close\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append("ZZ").append(i % 20).append(',').append(LocalDate.of(2000, 1, 3).plusDays(i / 20))
                    .append(',').append(100 + i % 97).append('\n');
        }
        Path file = Files.writeString(dir.resolve("bars.csv"), csv);
        HttpClient http = HttpClient.newHttpClient();
        try (ApiServer server = ApiServer.start(store, "127.0.0.1", 0, null)) {
            HttpRequest perf = HttpRequest.newBuilder(server.url().resolve(
                    "api/v1/perf?symbols=RUT,SPX&period=mtd&as_of=2026-01-22")).build();
            String before = http.send(perf, HttpResponse.BodyHandlers.ofString()).body();
            CompletableFuture<ImportReport> imported = CompletableFuture.supplyAsync(() ->
                    new Imports(store, ImportProgress.NONE, false).bars(file, BarOptions.defaults()));
            List<HttpResponse<String>> during = new ArrayList<>();
            while (!imported.isDone() || during.size() < 20) {
                during.add(http.send(perf, HttpResponse.BodyHandlers.ofString()));
            }
            assertThat(imported.get().inserted()).isEqualTo(100_000);
            assertThat(during).allSatisfy(response -> {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEqualTo(before);
            });
            HttpResponse<String> added = http.send(HttpRequest.newBuilder(server.url().resolve(
                    "api/v1/instruments/ZZ1")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(added.statusCode()).isEqualTo(200);
            assertThat(added.body()).contains("\"daily_bars\":5000");
        }
    }
}

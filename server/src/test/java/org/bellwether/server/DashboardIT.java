package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.bellwether.alerts.Alert;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.facts.FactsEngine;
import org.bellwether.facts.Reports;
import org.bellwether.report.DemoStore;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.Imports;
import org.bellwether.store.MarketStore;
import org.bellwether.store.ParquetExport;
import org.bellwether.store.ResultsImport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in Debian's headless Chromium (driven by chromedriver, no downloaded browser) against the demo store:
 * each page loads without console errors, the chart draws, the performance table shows RUT +8.73%, and the reference
 * story pasted into the checker marks "nearly 400 basis points" red. Screenshots go to target/screenshots.
 */
class DashboardIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ApiServer server;
    private static AlertFeed alerts;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed (bin/test installs them as root)");
        alerts = new AlertFeed(() -> Map.of("events", 48_669, "alerts", 1));
        server = ApiServer.start(DemoStore.data().store(), "127.0.0.1", 0, null, alerts);
        Path profile = Files.createTempDirectory("bellwether-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Opens {@code hash}, waits until nothing is loading, and checks the console has no error. */
    private static void open(String hash, String screenshot) throws IOException {
        open(server, hash, screenshot);
    }

    /** As {@link #open(String, String)}, on the dashboard of {@code on}. */
    private static void open(ApiServer on, String hash, String screenshot) throws IOException {
        // the story's date: the demo data run one session past it
        browser.get(on.url() + "#/" + hash + (hash.contains("?") ? "&" : "?") + "as_of=2026-01-22");
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(driver -> {
            List<WebElement> loading = driver.findElements(By.cssSelector("#page .loading"));
            return !driver.findElements(By.cssSelector("#page h1")).isEmpty() && loading.isEmpty();
        });
        Files.write(SCREENSHOTS.resolve(screenshot + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("console errors on " + hash).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#page .error"))).as("errors shown on " + hash).isEmpty();
    }

    private static long paintedPixels(String container) {
        Object count = ((JavascriptExecutor) browser).executeScript("""
                let painted = 0;
                for (const canvas of document.querySelectorAll(arguments[0] + ' canvas')) {
                  if (!canvas.width || !canvas.height) continue;
                  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
                }
                return painted;""", container);
        return ((Number) count).longValue();
    }

    @Test
    void the_overview_shows_the_performance_table_with_rut_up_8_73_percent() throws IOException {
        open("overview", "overview");
        WebElement perf = browser.findElement(By.xpath("//section[h2='Performance']//table"));
        WebElement rut = perf.findElement(By.xpath(".//tr[td[1]='RUT']"));
        assertThat(rut.getText()).contains("+8.73%").contains("2,310.45").contains("2,512.18");
        assertThat(browser.findElement(By.id("data-note")).getText()).contains("Simulated data");
        assertThat(paintedPixels("[data-gauge]")).isGreaterThan(1000);
    }

    @Test
    void the_chart_draws_minute_candles_with_the_level_and_the_break() throws IOException {
        open("chart?symbol=RUT&interval=1m&date=2026-01-21&compare=KRX", "chart");
        assertThat(paintedPixels("#price-chart")).isGreaterThan(5_000);
        assertThat(browser.findElement(By.cssSelector("#page .card p")).getText()).contains("390 bars");
        assertThat(browser.getCurrentUrl()).contains("symbol=RUT").contains("interval=1m");
        assertThat(browser.findElement(By.id("price-chart")).getAttribute("data-markers"))
                .as("the 12:30 breakout drawn on its minute (bars and markers in the same New York time)")
                .isNotEqualTo("0").isNotNull();
    }

    @Test
    void daily_candles_open_where_the_store_says() throws IOException {
        open("chart?symbol=RUT&interval=1d", "chart-daily");
        assertThat(paintedPixels("#price-chart")).isGreaterThan(5_000);
        Object flat = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('api/v1/bars/RUT?from=2026-01-02&to=2026-01-22').then(r => r.json())
                  .then(b => done(b.bars.filter(x => x.open === null || x.open === x.close).length + '/' + b.bars.length));
                """);
        assertThat(String.valueOf(flat)).as("bars without an open, or opening at their close").isEqualTo("0/14");
    }

    @Test
    void an_alert_fired_while_the_page_is_open_appears_in_the_live_feed() throws IOException {
        open("alerts", "alerts");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.findElement(By.id("feed-status"))
                .getText().startsWith("Connected"));
        assertThat(alerts.clients()).isEqualTo(1);
        alerts.deliver(new Alert("small-caps-confirmed-breakout|RUT|2026-01-21T17:30:00Z|2,450.00",
                "small-caps-confirmed-breakout", "breakout", "critical", "RUT", Instant.parse("2026-01-21T17:30:00Z"),
                LocalDate.of(2026, 1, 21), Map.of("level", 2450.0), "RUT broke 2,450 resistance at 12:30 ET on "
                        + "2026-01-21, three hours into the session, on 2.4 times its usual volume for that time of day."));
        WebElement shown = new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.findElements(
                By.cssSelector("#live-alerts li.critical")).stream().findFirst().orElse(null));
        assertThat(shown.getText()).contains("RUT broke 2,450 resistance at 12:30 ET").contains("CRITICAL");
        Files.write(SCREENSHOTS.resolve("alerts-live.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void relative_performance_and_correlation_draw() throws IOException {
        open("relative?symbols=RUT,SPX,NDX", "relative");
        assertThat(paintedPixels(".grid")).isGreaterThan(5_000);
        assertThat(browser.findElements(By.cssSelector("#page h2")).get(2).getAttribute("textContent")).as("the heat map's title")
                .endsWith("indices and RUT sectors");
        assertThat(browser.findElements(By.cssSelector("#page .error"))).isEmpty();
    }

    @Test
    void screens_sort_and_filter() throws IOException {
        open("screens", "screens");
        WebElement filter = browser.findElement(By.cssSelector("input[data-grid='screen']"));
        filter.sendKeys("RUT");
        assertThat(browser.findElement(By.cssSelector(".count")).getText()).startsWith("1 of");
        assertThat(browser.findElements(By.cssSelector("input[data-grid='zombies']"))).hasSize(1);
    }

    @Test
    void an_imported_screen_says_where_it_comes_from(@TempDir Path dir) throws Exception {
        LocalDate asOf = LocalDate.of(2026, 1, 22);
        Reports.Screen screen = new FactsEngine(DemoStore.data()).screen(List.of("NDX", "SPX", "RUT"), "NDX", asOf);
        Path results = Files.createDirectories(dir.resolve("results/screen"));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) { // the rows bellwether spark screen writes
            statement.execute("CREATE TABLE screen (as_of DATE, vs VARCHAR, symbol VARCHAR, return_mtd_pct DOUBLE, "
                    + "return_ytd_pct DOUBLE, volatility_20_pct DOUBLE, beta_60 DOUBLE, correlation_60 DOUBLE, "
                    + "records_ytd INTEGER, breakout_252 BOOLEAN)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO screen VALUES (?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?)")) {
                for (Reports.ScreenRow row : screen.rows()) {
                    List<Object> values = Arrays.asList(asOf, "NDX", row.symbol(), row.returnMtdPct(),
                            row.returnYtdPct(), row.volatility20Pct(), row.beta60(), row.correlation60(),
                            row.recordsYtd(), row.breakout252());
                    for (int i = 0; i < values.size(); i++) {
                        insert.setObject(i + 1, values.get(i));
                    }
                    insert.executeUpdate();
                }
            }
            statement.execute("COPY screen TO '" + results.resolve("part-0.parquet") + "' (FORMAT parquet)");
        }
        Path copy = dir.resolve("imported.duckdb");
        Files.copy(DemoStore.data().store().file(), copy);
        MarketStore store = MarketStore.at(copy);
        // computed from the store's data as they are: the generation a Spark job writes beside its rows
        Files.writeString(results.resolve(ParquetExport.GENERATION_FILE), Long.toString(store.generation()));
        ResultsImport.importResults(store, dir.resolve("results"), "spark: nightly run");
        try (ApiServer imported = ApiServer.start(store, "127.0.0.1", 0, null)) {
            open(imported, "screens?vs=NDX", "screens-imported");
            assertThat(browser.findElement(By.cssSelector("#page .source")).getText())
                    .isEqualTo("Imported from spark: nightly run");
            assertThat(browser.findElement(By.cssSelector(".count")).getText()).startsWith("3 of 3");
            WebElement rut = browser.findElements(By.cssSelector("#page table tbody tr")).stream()
                    .filter(row -> row.getText().startsWith("RUT")).findFirst().orElseThrow();
            assertThat(rut.findElements(By.tagName("td")).get(6).getText()).as("records this year, a count")
                    .isEqualTo("7");
        }
    }

    @Test
    void a_stale_index_is_left_out_of_the_overview_and_marked_in_the_screen(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("stale.duckdb");
        Files.copy(DemoStore.data().store().file(), copy);
        MarketStore store = MarketStore.at(copy);
        Imports imports = new Imports(store, ImportProgress.NONE, false);
        imports.bars(Files.writeString(dir.resolve("OLDX.csv"), "date,close\n2025-09-29,100\n2025-09-30,101\n"
                + "2025-10-01,102\n"), BarOptions.defaults());
        imports.instruments(Files.writeString(dir.resolve("instruments.csv"), "symbol,name,kind\nOLDX,Old Index,INDEX\n"));
        try (ApiServer stale = ApiServer.start(store, "127.0.0.1", 0, null)) {
            open(stale, "overview", "overview-stale");
            WebElement perf = browser.findElement(By.xpath("//section[h2='Performance']"));
            assertThat(perf.findElement(By.cssSelector(".left-out")).getText())
                    .isEqualTo("Left out, with no data near 2026-01-22: OLDX (stale since 2025-10-01)");
            assertThat(perf.findElement(By.xpath(".//tr[td[1]='RUT']")).getText()).contains("+8.73%");
            assertThat(perf.findElements(By.xpath(".//tr[td[1]='OLDX']"))).isEmpty();

            open(stale, "screens?vs=SPX", "screens-stale");
            browser.findElement(By.cssSelector("input[data-grid='screen']")).sendKeys("OLDX");
            WebElement old = browser.findElements(By.cssSelector("#page table tbody tr")).stream()
                    .filter(row -> row.getText().startsWith("OLDX")).findFirst().orElseThrow();
            assertThat(old.getText()).endsWith("2025-10-01");
        }
    }

    @Test
    void the_note_page_writes_the_note_of_the_universe_and_date_chosen() throws IOException {
        open("note", "note-default");
        WebElement universe = browser.findElement(By.id("note-universe"));
        assertThat(universe.getAttribute("value")).as("the store's default universe for the date")
                .startsWith("RUT,SPX,NDX,KRX");
        assertThat(browser.findElement(By.id("note-as-of")).getAttribute("value")).isEqualTo("2026-01-22");
        universe.clear();
        universe.sendKeys("spx, ndx");
        WebElement date = browser.findElement(By.id("note-as-of"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-01-21';", date);
        browser.findElement(By.id("write-note")).click();
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(d -> d.getCurrentUrl().contains("universe=SPX%2CNDX")
                && d.findElements(By.cssSelector("#page .loading")).isEmpty()
                && !d.findElements(By.cssSelector("iframe.note")).isEmpty());
        assertThat(browser.getCurrentUrl()).contains("as_of=2026-01-21");
        assertThat(browser.findElement(By.cssSelector("iframe.note")).getAttribute("sandbox"))
                .as("the note runs no script and reaches nothing of the dashboard").isEmpty();
        String html = browser.findElement(By.cssSelector("iframe.note")).getAttribute("srcdoc");
        assertThat(html).as("the S&P 500 first in the note's table, as of January 21")
                .containsPattern("<td>S&amp;P 500</td>(?s).*<td>Nasdaq 100</td>").contains("January 21, 2026")
                .doesNotContain("<td>Russell 2000</td>");
        Files.write(SCREENSHOTS.resolve("note-chosen.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void a_year_before_a_leap_day_is_february_28(@TempDir Path dir) throws Exception {
        MarketStore store = MarketStore.at(dir.resolve("leap.duckdb"));
        Imports imports = new Imports(store, ImportProgress.NONE, false);
        imports.bars(Files.writeString(dir.resolve("leap.csv"), sessions("AAA", "BBB",
                LocalDate.of(2022, 11, 1), LocalDate.of(2024, 2, 29))), BarOptions.defaults());
        imports.instruments(Files.writeString(dir.resolve("leap-names.csv"), "symbol,name,kind\nAAA,A Index,INDEX\n"
                + "BBB,B Index,INDEX\n"));
        try (ApiServer leap = ApiServer.start(store, "127.0.0.1", 0, null)) {
            browser.get(leap.url() + "#/relative?symbols=AAA,BBB&sectors=none&as_of=2024-02-29");
            new WebDriverWait(browser, Duration.ofSeconds(90)).until(driver -> !driver.findElements(
                    By.cssSelector("#page h1")).isEmpty()
                    && driver.findElements(By.cssSelector("#page .loading")).isEmpty());
            assertThat(browser.findElement(By.id("from")).getAttribute("value")).isEqualTo("2023-02-28");
            assertThat(browser.findElements(By.cssSelector("#page .error"))).as("no request for 2023-02-29")
                    .isEmpty();
            assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).as("no console error")
                    .noneMatch(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue());
        }
    }

    /**
     * Daily closes of {@code rising} (up a little most sessions) and {@code falling} (down a little) on every NYSE
     * session from {@code from} to {@code to}, as a long CSV.
     */
    private static String sessions(String rising, String falling, LocalDate from, LocalDate to) {
        StringBuilder bars = new StringBuilder("symbol,date,close\n");
        int session = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (NyseCalendar.INSTANCE.isSession(day)) {
                session++;
                bars.append(rising).append(',').append(day).append(',').append(600 + session % 7 + session / 10.0)
                        .append('\n').append(falling).append(',').append(day).append(',')
                        .append(500 - session % 5 - session / 20.0).append('\n');
            }
        }
        return bars.toString();
    }

    @Test
    void a_store_of_funds_only_shows_their_overview(@TempDir Path dir) throws Exception {
        MarketStore store = MarketStore.at(dir.resolve("funds.duckdb"));
        new Imports(store, ImportProgress.NONE, false).bars(Files.writeString(dir.resolve("funds.csv"),
                sessions("SPY", "QQQ", LocalDate.of(2025, 11, 3), LocalDate.of(2026, 1, 22))), BarOptions.defaults());
        try (ApiServer funds = ApiServer.start(store, "127.0.0.1", 0, null)) {
            open(funds, "overview", "overview-funds");
            WebElement perf = browser.findElement(By.xpath("//section[h2='Performance']//table"));
            for (String fund : List.of("SPY", "QQQ")) {
                assertThat(perf.findElement(By.xpath(".//tr[td[1]='" + fund + "']")).getText())
                        .containsPattern("[+-]\\d+\\.\\d\\d%");
            }
            assertThat(browser.findElements(By.cssSelector("#page .loading"))).as("no card left loading").isEmpty();
        }
    }

    @Test
    void a_server_with_a_token_asks_for_it_once_and_never_puts_it_in_a_url() throws IOException {
        AlertFeed feed = new AlertFeed(null);
        try (ApiServer guarded = ApiServer.start(DemoStore.data().store(), ServerOptions.of("127.0.0.1", 0,
                "s3cret-token"), feed)) {
            browser.get(guarded.url() + "#/overview?as_of=2026-01-22");
            WebElement token = new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElements(
                    By.id("token")).stream().findFirst().orElse(null));
            token.sendKeys("s3cret-token");
            browser.findElement(By.cssSelector("#sign-in button")).click();
            new WebDriverWait(browser, Duration.ofSeconds(90)).until(d -> !d.findElements(By.xpath(
                    "//section[h2='Performance']//table")).isEmpty() && d.findElements(By.cssSelector(
                    "#page .loading")).isEmpty());
            assertThat(browser.findElement(By.xpath("//section[h2='Performance']//tr[td[1]='RUT']")).getText())
                    .contains("+8.73%");
            assertThat(browser.findElement(By.id("data-note")).getText()).as("the banner, read with the token")
                    .contains("Simulated data");
            browser.get(guarded.url() + "#/alerts?as_of=2026-01-22");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("feed-status"))
                    .getText().startsWith("Connected"));
            assertThat(feed.clients()).as("the stream opened with a ticket").isEqualTo(1);
            assertThat(browser.getCurrentUrl()).doesNotContain("s3cret");
            Files.write(SCREENSHOTS.resolve("alerts-with-token.png"), browser.getScreenshotAs(OutputType.BYTES));
            assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).as("only the first requests' 401s")
                    .filteredOn(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                    .allMatch(entry -> entry.getMessage().contains("401"));
        }
    }

    @Test
    void pasting_the_reference_story_marks_nearly_400_basis_points_red() throws IOException {
        open("note", "note");
        String story;
        try (InputStream in = DashboardIT.class.getResourceAsStream("/org/bellwether/report/small-cap-fever.txt")) {
            story = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ((JavascriptExecutor) browser).executeScript("document.getElementById('note-text').value = arguments[0];",
                story);
        browser.findElement(By.id("check")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("check-summary")).isEmpty());
        assertThat(browser.findElement(By.id("check-summary")).getText())
                .isEqualTo("25 claims: 22 verified, 1 contradicted, 2 unverifiable.");
        WebElement claim = browser.findElement(By.xpath("//mark[contains(., 'nearly 400 basis points')]"));
        assertThat(claim.getAttribute("data-verdict")).isEqualTo("contradicted");
        assertThat(claim.getCssValue("background-color")).isEqualTo("rgba(254, 226, 226, 1)");
        assertThat(claim.getAttribute("title")).contains("computed 638.46");
        assertThat(browser.findElements(By.cssSelector("mark.verified"))).hasSizeGreaterThan(8);
        Files.write(SCREENSHOTS.resolve("check.png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}

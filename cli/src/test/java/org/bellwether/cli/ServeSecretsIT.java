package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bellwether serve} takes its token from {@code --token-file} or {@code BELLWETHER_TOKEN}, never from the
 * command line: the packaged launcher in its own process, with the environment a user gives it.
 */
class ServeSecretsIT {

    private static final Path LAUNCHER = Path.of("..", "bin", "bellwether").toAbsolutePath().normalize();
    private static final Pattern SERVED_AT = Pattern.compile(" at (http://\\S+/)$");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @BeforeEach
    void aSmallStore() throws Exception {
        Path csv = dir.resolve("bars.csv");
        Files.writeString(csv, "symbol,date,open,high,low,close,volume\n"
                + "SPY,2024-01-02,100,101,99,100.5,1000\nSPY,2024-01-03,100.5,102,100,101.5,1200\n");
        Process importing = launcher(List.of("--db", "store.duckdb", "import", "bars", csv.toString()), Map.of());
        assertThat(importing.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(importing.exitValue()).as(new String(importing.getErrorStream().readAllBytes())).isZero();
    }

    @Test
    void the_token_file_s_first_line_is_the_token_every_request_must_send() throws Exception {
        Files.writeString(dir.resolve("token"), "s3cret-from-file\nsecond line ignored\n");
        try (Served served = serve(List.of("--token-file", "token"), Map.of("BELLWETHER_TOKEN", "from-env"))) {
            assertThat(status(served.url(), null)).isEqualTo(401);
            assertThat(status(served.url(), "from-env")).as("the file wins over the environment").isEqualTo(401);
            assertThat(status(served.url(), "second line ignored")).isEqualTo(401);
            assertThat(status(served.url(), "s3cret-from-file")).isEqualTo(200);
        }
    }

    @Test
    void without_a_file_the_environment_gives_the_token() throws Exception {
        try (Served served = serve(List.of(), Map.of("BELLWETHER_TOKEN", "from-env"))) {
            assertThat(status(served.url(), null)).isEqualTo(401);
            assertThat(status(served.url(), "from-env")).isEqualTo(200);
        }
    }

    @Test
    void an_empty_or_missing_token_file_is_refused_before_serving() throws Exception {
        Files.writeString(dir.resolve("empty"), "\n");
        for (String file : List.of("empty", "missing")) {
            Process process = launcher(List.of("--db", "store.duckdb", "serve", "--port", "0", "--token-file", file),
                    Map.of("BELLWETHER_TOKEN", "from-env"));
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("refused, not served").isTrue();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).isNotZero();
            assertThat(err).contains("--token-file " + file, file.equals("empty") ? "is empty" : "cannot be read");
        }
    }

    @Test
    void off_loopback_without_any_token_the_server_does_not_start() throws Exception {
        Process process = launcher(List.of("--db", "store.duckdb", "serve", "--port", "0", "--host", "0.0.0.0"),
                Map.of());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("refused, not served").isTrue();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isNotZero();
        assertThat(err).contains("token");
    }

    private static int status(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "api/v1/health"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private record Served(Process process, String url) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            process.toHandle().descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor(1, TimeUnit.MINUTES);
        }
    }

    /** Starts the server on a free port and waits for the line that says where it serves. */
    private Served serve(List<String> options, Map<String, String> environment) throws IOException {
        List<String> args = new ArrayList<>(List.of("--db", "store.duckdb", "serve", "--port", "0"));
        args.addAll(options);
        Process process = launcher(args, environment);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String first = out.readLine();
        Matcher at = SERVED_AT.matcher(first == null ? "" : first);
        if (!at.find()) {
            process.destroyForcibly();
            throw new AssertionError("serve printed " + first + "; stderr: "
                    + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return new Served(process, at.group(1));
    }

    private Process launcher(List<String> args, Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("BELLWETHER_TOKEN");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }
}

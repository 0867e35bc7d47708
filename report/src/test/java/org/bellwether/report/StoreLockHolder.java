package org.bellwether.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Another process that holds a store file open for writing, as a long import does: started by {@link #start}, it
 * says "locked" once DuckDB holds the file's lock and lets go when its standard input closes.
 */
public final class StoreLockHolder implements AutoCloseable {

    private final Process process;

    private StoreLockHolder(Process process) {
        this.process = process;
    }

    /** The holder's body: {@code args[0]} is the store file. */
    public static void main(String[] args) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + Path.of(args[0]).toAbsolutePath());
                Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // held until the parent closes the pipe
            }
        }
    }

    /** Starts a JVM that holds {@code store}'s lock; returns once it does. */
    public static StoreLockHolder start(Path store) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin",
                "java").toString()));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StoreLockHolder.class.getName(),
                store.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"locked".equals(line)) {
            process.destroyForcibly();
            throw new IOException("the lock holder did not start: " + line);
        }
        return new StoreLockHolder(process);
    }

    /** Lets go of the lock and waits until the process has ended. */
    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}

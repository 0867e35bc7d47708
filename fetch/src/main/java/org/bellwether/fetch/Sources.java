package org.bellwether.fetch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** What the fetchers share in reading an answer. */
final class Sources {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Sources() {
    }

    /** The answer as JSON; a web page or a cut-off body is a failure saying so. */
    static JsonNode json(HttpSource.Response response) {
        try {
            return JSON.readTree(response.body().toFile());
        } catch (JsonProcessingException e) {
            throw new FetchException(response.url() + ": the answer is not whole JSON (" + describeBody(response.text())
                    + "); try again, or check --base-url");
        } catch (IOException e) {
            throw new FetchException(response.url() + ": the cached answer could not be read (" + e.getMessage() + ")",
                    e);
        }
    }

    /** Whether a body is a web page (a challenge, sign-in or error page) rather than data. */
    static boolean isWebPage(String body) {
        String start = body.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                || start.startsWith("<script") || start.startsWith("<");
    }

    /** A few words on what a body that is not data is. */
    static String describeBody(String body) {
        if (body.isBlank()) {
            return "an empty body";
        }
        if (isWebPage(body)) {
            return "a web page";
        }
        String first = body.strip().lines().findFirst().orElse("");
        return "\"" + (first.length() > 120 ? first.substring(0, 120) + "..." : first) + "\"";
    }

    /** Where a file derived from {@code response} (e.g. its JSON as CSV) is written, beside the cached answer. */
    static Path derived(HttpSource.Response response, String extension) {
        return response.body().resolveSibling(response.body().getFileName().toString().replace(".body", "")
                + "." + extension);
    }
}

package org.bellwether.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bellwether.facts.text.Json;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (a request line it cannot parse, such as a path with an unencoded {@code ^}) in the API's JSON
 * shape rather than Jetty's HTML page, with {@code Connection: close} after a malformed request, which Jetty does not
 * keep.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code == 400 ? "bad_request" : "http_" + code);
        error.put("message", code == 400 ? "the request is malformed (" + (message == null ? "bad request" : message)
                + "): percent-encode characters such as ^ (%5E) and spaces (%20) in paths and parameters"
                : message == null ? "HTTP " + code : message);
        byte[] body;
        try {
            body = Json.mapper(false).writeValueAsBytes(Map.of("error", error));
        } catch (JsonProcessingException e) {
            body = ("{\"error\":{\"code\":\"http_" + code + "\"}}").getBytes(StandardCharsets.UTF_8);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (code == 400) {
            // Jetty closes the connection after a message it could not parse: said, so that no client reuses it
            // (Java's HttpClient sent its next request there and got no answer)
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}

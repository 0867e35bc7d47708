package org.bellwether.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The OpenAPI 3.1 document of the routes, generated from the same {@link Route} records that register them. */
final class OpenApi {

    private OpenApi() {
    }

    static byte[] document(List<Route> routes, ObjectMapper mapper) {
        ResponseSchemas schemas = new ResponseSchemas(mapper);
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Route route : routes) {
            Map<String, Object> operation = new LinkedHashMap<>();
            operation.put("summary", route.summary());
            List<Map<String, Object>> parameters = new ArrayList<>();
            for (Route.Param param : route.parameters()) {
                parameters.add(Map.of("name", param.name(), "in", param.in(), "required", param.required(),
                        "description", param.description(), "schema", Map.of("type", param.type())));
            }
            operation.put("parameters", parameters);
            if (route.method().equals("POST")) {
                operation.put("requestBody", Map.of("required", true, "content", Map.of("text/plain",
                        Map.of("schema", Map.of("type", "string", "maxLength", ApiServer.MAX_BODY_BYTES)))));
            }
            Map<String, Object> responses = new LinkedHashMap<>();
            responses.put("200", Map.of("description", "the result, in the same JSON as the CLI's --json"
                    + (route.heavy() ? "; cached until the store's data change" : ""), "content",
                    Map.of("application/json", Map.of("schema", schemas.of(route.answer())))));
            responses.put("400", error("a parameter is missing or malformed (the message names it)"));
            responses.put("401", error("the server was started with a token and the request did not send it as "
                    + "Authorization: Bearer TOKEN"));
            responses.put("403", error("a server without a token answers requests addressed to localhost or "
                    + "127.0.0.1 only (forbidden_host)"));
            responses.put("404", error("unknown symbol or endpoint"));
            if (route.method().equals("POST")) {
                responses.put("413", error("the body is larger than 1 MB"));
            }
            if (route.heavy()) {
                responses.put("429", retry("too many heavy answers are being computed (too_many_requests)"));
            } else if (route.path().equals("/alerts/tickets")) {
                responses.put("429", retry(Access.MAX_OPEN_TICKETS + " tickets wait for their use "
                        + "(too_many_requests)"));
            }
            responses.put("500", error("internal error: the message holds an id to find in the server's log"));
            responses.put("503", retry(route.heavy() ? "the answer took longer than the server's budget (timeout; "
                    + "it is still computed and kept for the retry) or the store could not be read "
                    + "(store_unavailable)" : "the store could not be read (store_unavailable)"));
            operation.put("responses", responses);
            operation.put("security", List.of(Map.of("token", List.of()), Map.of()));
            @SuppressWarnings("unchecked")
            Map<String, Object> path = (Map<String, Object>) paths.computeIfAbsent("/api/v1" + route.path(),
                    p -> new LinkedHashMap<String, Object>());
            path.put(route.method().toLowerCase(java.util.Locale.ROOT), operation);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.1.0");
        document.put("info", Map.of("title", "Bellwether", "version", "1", "description", "Market facts from market "
                + "data, every number traceable to its inputs. Dates are ISO-8601; numbers that are not defined are "
                + "null."));
        Map<String, Object> components = new LinkedHashMap<>(schemas.definitions());
        components.put("Error", Map.of("type", "object", "properties", Map.of("error", Map.of("type", "object",
                "properties", Map.of("code", Map.of("type", "string"), "message", Map.of("type", "string"))))));
        document.put("components", Map.of("securitySchemes", Map.of("token", Map.of("type", "http", "scheme",
                "bearer")), "schemas", components));
        document.put("paths", paths);
        try {
            return mapper.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the OpenAPI document", e);
        }
    }

    /** An error answered with {@code Retry-After}: the seconds to wait before trying again. */
    private static Map<String, Object> retry(String description) {
        Map<String, Object> response = new LinkedHashMap<>(error(description));
        response.put("headers", Map.of("Retry-After", Map.of("description", "seconds to wait before trying again",
                "schema", Map.of("type", "integer"))));
        return response;
    }

    private static Map<String, Object> error(String description) {
        return Map.of("description", description, "content", Map.of("application/json", Map.of("schema",
                Map.of("$ref", "#/components/schemas/Error"))));
    }
}

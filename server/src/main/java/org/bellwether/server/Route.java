package org.bellwether.server;

import java.util.List;

/**
 * One endpoint of the API: registered with Javalin and described in the OpenAPI document from the same record, so
 * the document cannot drift from the routes.
 *
 * @param method {@code GET} or {@code POST}
 * @param path the path under {@code /api/v1}, with {@code {name}} path parameters
 * @param summary what it answers (and the CLI command with the same JSON)
 * @param parameters its parameters
 * @param handler what it does
 * @param marketData whether it reads market data (and so wants the columnar snapshot current first); the alert
 *     history and the health check do not
 * @param heavy whether one answer may take seconds (the note, a check, a whole-universe screen): such answers are
 *     cached by store generation and bounded in number and time ({@link HeavyWork})
 * @param answer what a 200 holds, for the OpenAPI document's response schema
 */
record Route(String method, String path, String summary, List<Param> parameters, Handler handler,
        boolean marketData, boolean heavy, Answer answer) {

    /**
     * What a 200 holds: a record type (its schema generated from the type), a list of them, or a document described
     * in words only.
     */
    record Answer(Class<?> type, boolean list) {

        /** A JSON document whose fields the summary describes (no generated schema). */
        static final Answer DOCUMENT = new Answer(null, false);

        static Answer of(Class<?> type) {
            return new Answer(type, false);
        }

        static Answer listOf(Class<?> type) {
            return new Answer(type, true);
        }
    }

    /** A parameter: where it goes ({@code path} or {@code query}), its schema type, whether required. */
    record Param(String name, String in, String type, boolean required, String description) {

        static Param path(String name, String description) {
            return new Param(name, "path", "string", true, description);
        }

        static Param query(String name, String type, boolean required, String description) {
            return new Param(name, "query", type, required, description);
        }
    }

    /** Computes the response document from the request's checked parameters. */
    @FunctionalInterface
    interface Handler {
        Object handle(Params params) throws Exception;
    }
}

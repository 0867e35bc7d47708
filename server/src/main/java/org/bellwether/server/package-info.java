/**
 * The REST API and the dashboard: Javalin on Jetty, JSON under {@code /api/v1} in the CLI's shapes, described by an
 * OpenAPI document generated from the same route table that registers the handlers.
 */
package org.bellwether.server;

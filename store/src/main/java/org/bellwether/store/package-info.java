/**
 * The market store: one DuckDB file with a versioned schema, written only through staged, keyed, all-or-nothing
 * imports, read through short-lived read-only attachments. {@link org.bellwether.store.Tables} documents every table.
 */
package org.bellwether.store;

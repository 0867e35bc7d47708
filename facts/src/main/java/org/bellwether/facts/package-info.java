/**
 * The facts engine: reads series from the store, applies the core kernels under the definitions of DESIGN.md, and
 * returns results whose every number is also a {@link org.bellwether.facts.Fact} with its provenance (sessions
 * used, source rows, history start, definition).
 */
package org.bellwether.facts;

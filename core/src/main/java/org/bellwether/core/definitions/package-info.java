/**
 * The parameters of DESIGN.md's definitions of facts, each held once: windows, thresholds, tolerances and hedges.
 * Every module reads them here; the fact registry ({@code org.bellwether.facts.FactKind}) names them per kind.
 */
package org.bellwether.core.definitions;

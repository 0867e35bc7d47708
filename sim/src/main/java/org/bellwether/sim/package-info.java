/**
 * The market simulator: a seeded, deterministic generator of a whole market (indices with members, daily and
 * 1-minute bars, fundamentals, macro series, events) from a scenario file, written as the importers' CSV formats.
 */
package org.bellwether.sim;

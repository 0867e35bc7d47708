/**
 * The claim checker: reads a market note (plain text, Markdown or HTML), finds its quantitative claims and verifies
 * each against the facts engine under the definitions of DESIGN.md, with the computed value and its provenance.
 */
package org.bellwether.report.check;

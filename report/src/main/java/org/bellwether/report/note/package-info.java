/**
 * The market note: written from computed facts only (no language model), with a headline and lede chosen by a
 * documented ranking, sections whose wording follows the facts, the performance table, charts, and the provenance of
 * every number; rendered to Markdown, HTML and PDF.
 */
package org.bellwether.report.note;

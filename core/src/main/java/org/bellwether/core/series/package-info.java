/**
 * Time series of one instrument on primitive arrays: ascending session dates (epoch days) and closes, the as-of
 * lookup ("the level on a date is the close of the last session on or before it") and the inner join of two series.
 */
package org.bellwether.core.series;

/**
 * Record highs: closes strictly above every earlier close, their count per calendar year, 52-week highs, and whether
 * the stored history is long enough to call a record all-time.
 */
package org.bellwether.core.records;

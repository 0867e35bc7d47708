/**
 * Session-aware aggregation of intraday bars to coarser bar sizes: buckets are aligned on the session open and never
 * span two sessions; the last bucket of a short session (an early close) is simply shorter.
 */
package org.bellwether.core.aggregate;

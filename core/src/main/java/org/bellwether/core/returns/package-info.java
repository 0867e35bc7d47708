/**
 * Returns: simple and log returns of consecutive closes, period returns under the as-of rule (month-, quarter- and
 * year-to-date anchored on the last close of the previous period), and relative performance in basis points.
 */
package org.bellwether.core.returns;

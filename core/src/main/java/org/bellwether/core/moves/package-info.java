/**
 * Large moves: session returns measured against the sample standard deviation of the previous 63 session returns,
 * and "the largest one-day gain (loss) since <date>".
 */
package org.bellwether.core.moves;

/**
 * O(n) rolling-window kernels with running state: no sub-window is ever copied. Moments use Welford's updates for
 * adding and removing a value, and are recomputed from the window when a non-finite value leaves it.
 */
package org.bellwether.core.window;

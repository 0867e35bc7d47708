/**
 * The alert engine: rules evaluated on every new bar, macro point and headline with the streaming forms of core's
 * kernels (one state per instrument, one watch per rule and subject), the alerts they fire worded from the fact
 * registry, and the alert history kept in the store.
 */
package org.bellwether.alerts;

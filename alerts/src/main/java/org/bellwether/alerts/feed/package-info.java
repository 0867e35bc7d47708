/**
 * What alerts are evaluated on: bars, macro points and news from a replay of the store, a tailed file, a WebSocket
 * or server-sent-events feed, or Kafka, merged in the order they become known.
 */
package org.bellwether.alerts.feed;

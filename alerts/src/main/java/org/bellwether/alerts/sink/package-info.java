/** Where alerts go: JSON lines (stdout or a file), signed webhooks with retries and dead letters, Kafka. */
package org.bellwether.alerts.sink;

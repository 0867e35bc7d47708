/**
 * Streaming forms of the kernels, fed one bar at a time (the alert engine's view). Each gives, bar by bar, exactly
 * the values its batch kernel gives on the same history; property tests hold them to it.
 */
package org.bellwether.core.stream;

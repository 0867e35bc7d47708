/**
 * The data model shared by every module, without the store that holds it: instrument symbols, kinds and names,
 * index memberships, fiscal periods, macro series and events. Spark and the alerts use these values without
 * reading the store. Values here are immutable and validated on construction, with messages that name the
 * offending value.
 */
package org.bellwether.core.model;

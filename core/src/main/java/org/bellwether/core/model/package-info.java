/**
 * The data model shared by every module: instrument symbols and kinds, event kinds.
 * Values here are immutable and validated on construction, with messages that name the offending value.
 */
package org.bellwether.core.model;

/**
 * Exchange trading calendars: which dates are sessions, when they open and close, and why a date is closed.
 * {@link org.bellwether.core.calendar.NyseCalendar} is the default (XNYS), with the observance rules and
 * one-off closures of the design document; other calendars plug in behind {@link org.bellwether.core.calendar.TradingCalendar}.
 */
package org.bellwether.core.calendar;

package org.bellwether.core.model;

/** What an event is: news, a scheduled economic release, or an earnings report. */
public enum EventKind {
    NEWS, ECONOMIC_RELEASE, EARNINGS
}

// The chart's time conversion and marker matching, against instants worked out by hand.
import assert from "node:assert/strict";
import { test } from "node:test";
import { barTime, markerTime, newYork, onBars } from "../src/chartTime";

const utc = (iso: string) => Date.parse(iso) / 1000;

test("a winter instant is shown at New York's wall-clock time, five hours behind UTC", () => {
  assert.equal(newYork(utc("2026-01-21T17:30:00Z")), utc("2026-01-21T12:30:00Z"));
});

test("a summer instant is four hours behind, and the clocks' change is followed", () => {
  assert.equal(newYork(utc("2026-07-01T13:30:00Z")), utc("2026-07-01T09:30:00Z"));
  assert.equal(newYork(utc("2026-03-06T14:30:00Z")), utc("2026-03-06T09:30:00Z"));
  assert.equal(newYork(utc("2026-03-09T13:30:00Z")), utc("2026-03-09T09:30:00Z"));
});

test("a breakout lands on the 1-minute bar it happened in, whatever the offset it is written with", () => {
  const bar = barTime(utc("2026-01-21T17:30:00Z"));
  assert.equal(markerTime("2026-01-21T12:30:00-05:00", "1m"), bar);
  assert.equal(markerTime("2026-01-21T17:30:59Z", "1m"), bar);
  assert.notEqual(markerTime("2026-01-21T12:31:00-05:00", "1m"), bar);
});

test("on daily bars a marker is its date in the exchange's offset", () => {
  assert.equal(markerTime("2026-01-21T08:05:00-05:00", "1d"), "2026-01-21");
  assert.equal(barTime("2026-01-21"), "2026-01-21");
});

test("only markers on a bar are kept, in time order", () => {
  const bars = [utc("2026-01-21T14:30:00Z"), utc("2026-01-21T14:31:00Z"), utc("2026-01-21T14:32:00Z")].map(barTime);
  const markers = [
    { time: markerTime("2026-01-21T09:32:10-05:00", "1m"), text: "late" },
    { time: markerTime("2026-01-21T08:00:00-05:00", "1m"), text: "before the open" },
    { time: markerTime("2026-01-21T14:30:00Z", "1m"), text: "first" },
  ];
  assert.deepEqual(onBars(markers, bars).map(m => m.text), ["first", "late"]);
});

// Date arithmetic of the pages, against dates worked out by hand.
import assert from "node:assert/strict";
import { test } from "node:test";
import { daysBefore, yearBefore } from "../src/dates";

test("a year before a leap day is February 28", () => {
  assert.equal(yearBefore("2024-02-29"), "2023-02-28");
  assert.equal(yearBefore("2025-03-01"), "2024-03-01");
  assert.equal(yearBefore("2026-01-22"), "2025-01-22");
});

test("days before cross months, years and leap days", () => {
  assert.equal(daysBefore("2026-03-01", 1), "2026-02-28");
  assert.equal(daysBefore("2024-03-01", 1), "2024-02-29");
  assert.equal(daysBefore("2026-01-22", 183), "2025-07-23");
});

// The pages' number formats against strings written by hand.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fmt, level } from "../src/numbers";

test("numbers keep their decimals and thousands separators, and a missing one is a dash", () => {
  assert.equal(fmt(20709.214), "20,709.21");
  assert.equal(fmt(-0.5, 1), "-0.5");
  assert.equal(fmt(null), "–");
  assert.equal(fmt(Number.NaN), "–");
});

test("a macro level has a percent sign only when its unit is percent", () => {
  assert.equal(level(4.25, "percent"), "4.25%");
  assert.equal(level(20709.21, "billions of dollars"), "20,709.21");
  assert.equal(level(310.3, null), "310.30");
  assert.equal(level(null, "percent"), "–");
});

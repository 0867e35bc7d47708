// Leaving a page disposes of every chart it registered, once, even when one of them is gone already.
import assert from "node:assert/strict";
import { test } from "node:test";
import { leavePage, onLeave } from "../src/disposal";

test("leaving a page runs each disposer once, past one that throws", () => {
  const disposed: string[] = [];
  onLeave(() => disposed.push("price chart"));
  onLeave(() => { throw new Error("already disposed"); });
  onLeave(() => disposed.push("volume chart"));
  leavePage();
  assert.deepEqual(disposed.sort(), ["price chart", "volume chart"]);
  leavePage();
  assert.equal(disposed.length, 2, "nothing disposed twice");
});

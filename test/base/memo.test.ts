import { describe, expect, it } from "vitest";
import { keptOrMade } from "../../src/base/memo.js";

describe("keptOrMade", () => {
  it("makes a key's value once per scope and keeps scopes apart", () => {
    const scopes = new Map<string, Map<string, number>>();
    let made = 0;
    const ask = (scope: string, key: string): number => keptOrMade(scopes, scope, key, 10, () => ++made);
    expect([ask("a", "x"), ask("a", "x"), ask("b", "x")]).toEqual([1, 1, 2]);
    expect(made).toBe(2);
  });

  it("starts a scope over once it holds more than max values", () => {
    const scopes = new WeakMap<object, Map<number, number>>();
    const scope = {};
    let made = 0;
    for (let k = 0; k < 5; k++) keptOrMade(scopes, scope, k, 3, () => ++made);
    expect(scopes.get(scope)!.size).toBeLessThanOrEqual(4);
    keptOrMade(scopes, scope, 0, 3, () => ++made);
    expect(made).toBe(6); // key 0 was dropped when the scope started over, so it is made again
  });
});

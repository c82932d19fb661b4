import { byCodePoint } from "../../constructs/core/order";

describe("byCodePoint: one order for names and ids on every machine", () => {
  it("orders by code point, where localeCompare would mix cases and skip punctuation", () => {
    const names = ["team-b", "Team-a", "team_a", "team-a", "TEAM", "team10", "team9"];
    expect([...names].sort(byCodePoint)).toEqual(["TEAM", "Team-a", "team-a", "team-b", "team10", "team9", "team_a"]);
    // The same as JavaScript's default string order, which no locale setting changes.
    expect([...names].sort(byCodePoint)).toEqual([...names].sort());
    expect(byCodePoint("a", "a")).toBe(0);
  });
});

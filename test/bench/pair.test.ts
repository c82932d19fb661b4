import { pair } from "../../bench/pair";

describe("bench pair", () => {
  it("runs both sides once per repetition and alternates which goes first", () => {
    const order: string[] = [];
    for (let i = 0; i < 4; i++) pair(i, () => order.push(`ours${i}`), () => order.push(`raw${i}`));
    expect(order).toEqual(["ours0", "raw0", "raw1", "ours1", "ours2", "raw2", "raw3", "ours3"]);
  });
});

import { describe, expect, it } from "vitest";
import { createProgressBar, renderBar } from "./progressBar";

describe("progress bar", () => {
  it("draws a bar, a percentage and the label within the terminal width", () => {
    expect(renderBar(0.5, "tg128 rep 2/5", 80)).toBe(`[${"#".repeat(15)}${".".repeat(15)}]  50% tg128 rep 2/5`);
    expect(renderBar(2, "x", 80)).toContain("100%");
    expect(renderBar(0.3, "a very long label ".repeat(10), 40).length).toBe(39);
  });

  it("writes nothing when stderr is not a terminal", () => {
    const written: string[] = [];
    const bar = createProgressBar({ write: (text) => written.push(text), isTTY: false, columns: 80 });
    bar.update(0.5, "half");
    bar.done();
    expect(written).toEqual([]);
  });

  it("redraws in place at most every 100 ms and erases itself when done", () => {
    const written: string[] = [];
    let time = 0;
    const bar = createProgressBar({ write: (text) => written.push(text), isTTY: true, columns: 80 }, () => time);
    bar.update(0.1, "a");
    time = 50;
    bar.update(0.2, "b");
    time = 150;
    bar.update(0.3, "c");
    bar.done();
    expect(written).toHaveLength(3);
    expect(written[0].startsWith("\r\x1b[K[")).toBe(true);
    expect(written[1]).toContain(" c");
    expect(written[2]).toBe("\r\x1b[K");
  });
});

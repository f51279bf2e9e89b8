import { readFileSync } from "node:fs";
import os from "node:os";
import { describe, expect, it } from "vitest";
import { describeOs, parseOsRelease } from "./describeOs";

describe("parseOsRelease", () => {
  it("reads quoted, single-quoted, bare and escaped values and skips comments", () => {
    const fields = parseOsRelease(
      ['# a comment', 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"', "NAME='Fedora Linux'", "VERSION_ID=12", 'VARIANT="say \\"hi\\""', "", "not a field"].join("\n"),
    );
    expect(fields).toEqual({ PRETTY_NAME: "Debian GNU/Linux 12 (bookworm)", NAME: "Fedora Linux", VERSION_ID: "12", VARIANT: 'say "hi"' });
  });
});

describe("describeOs on this machine", () => {
  it("describes the OS without systeminformation's hostname -f", async () => {
    const described = await describeOs();
    expect(described.platform).toBe(process.platform);
    expect(described.arch).toBe(os.arch());
    expect(described.release).toBe(os.release());
    expect(described.hostname).toBe(os.hostname());
    if (process.platform === "linux") {
      const expected = parseOsRelease(readFileSync("/etc/os-release", "utf8")).PRETTY_NAME;
      if (expected) expect(described.distro).toBe(expected);
    }
    expect(described.distro.length).toBeGreaterThan(0);
  });
  it("falls back to the kernel's name off Linux", async () => {
    expect((await describeOs("darwin")).distro).toBe("macOS");
    expect((await describeOs("freebsd")).distro).toBe(os.type());
  });
});

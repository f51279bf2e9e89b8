import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { electronFailureReason, noDisplayReason, startElectron } from "./electronLaunch.mjs";

/** A stand-in for Electron's binary: a shell script that writes to stderr and exits as told. */
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function fakeElectron(body: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "breakeven-fake-electron-"));
  made.push(dir);
  const file = path.join(dir, "electron");
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

const sink = () => {
  const chunks: string[] = [];
  return { chunks, write: (chunk: string | Uint8Array) => chunks.push(chunk.toString()) };
};

describe("noDisplayReason", () => {
  it("says why on Linux with neither DISPLAY nor WAYLAND_DISPLAY", () => {
    expect(noDisplayReason("linux", {})).toMatch(/DISPLAY/);
    expect(noDisplayReason("linux", { DISPLAY: "" })).toMatch(/DISPLAY/);
  });
  it("lets a display through, and never blocks macOS or Windows", () => {
    expect(noDisplayReason("linux", { DISPLAY: ":0" })).toBeNull();
    expect(noDisplayReason("linux", { WAYLAND_DISPLAY: "wayland-0" })).toBeNull();
    expect(noDisplayReason("darwin", {})).toBeNull();
    expect(noDisplayReason("win32", {})).toBeNull();
  });
});

describe("electronFailureReason", () => {
  it("names the known causes in words a user can act on", () => {
    expect(electronFailureReason("[1:ERROR:ozone_platform_x11.cc(240)] Missing X server or $DISPLAY\n", 1, null)).toBe("it found no display");
    expect(
      electronFailureReason("[FATAL:setuid_sandbox_host.cc(158)] The SUID sandbox helper binary was found, but is not configured correctly.", null, "SIGTRAP"),
    ).toMatch(/chrome-sandbox.*4755/);
    expect(electronFailureReason("electron: error while loading shared libraries: libnss3.so: cannot open shared object file", 127, null)).toMatch(
      /libnss3\.so is missing/,
    );
  });
  it("otherwise gives the exit and stderr's last line", () => {
    expect(electronFailureReason("noise\nsomething broke\n\n", 2, null)).toBe("it exited with code 2: something broke");
    expect(electronFailureReason("", null, "SIGSEGV")).toBe("it was killed by SIGSEGV");
  });
});

describe("startElectron with a stand-in binary", () => {
  it("reports an early failure with the reason from stderr, and keeps the noise back", async () => {
    const stderr = sink();
    const result = await startElectron(fakeElectron('echo "Missing X server or \\$DISPLAY" >&2; exit 1'), ["."], { stderr });
    expect(result).toEqual({ status: "failed", reason: "it found no display" });
    expect(stderr.chunks.join("")).toBe("");
  });
  it("counts death by a signal as a failure", async () => {
    const result = await startElectron(fakeElectron("kill -SEGV $$"), ["."], { stderr: sink() });
    expect(result).toEqual({ status: "failed", reason: "it was killed by SIGSEGV" });
  });
  it("hands over a process that is still running after the early-exit window, with its stderr passed on", async () => {
    const stderr = sink();
    const result = await startElectron(fakeElectron('echo "warming up" >&2; sleep 2'), ["."], { stderr, earlyExitMs: 300 });
    expect(result.status).toBe("running");
    if (result.status !== "running") return;
    expect(stderr.chunks.join("")).toContain("warming up");
    const code = await new Promise((resolve) => result.child.on("exit", resolve));
    expect(code).toBe(0);
  });
  it("treats a quick clean exit as an exit, not a failure", async () => {
    expect(await startElectron(fakeElectron("exit 0"), ["."], { stderr: sink() })).toEqual({ status: "exited", code: 0 });
  });
  it("reports a binary that cannot be executed", async () => {
    const result = await startElectron("/nonexistent/electron", ["."], { stderr: sink() });
    expect(result.status).toBe("failed");
  });
});

// The OS part of system.describe from node:os and os-release only. systeminformation's osInfo()
// runs `hostname -f`, which can wait on a DNS lookup: slow offline, and a network request the
// user never asked for.
import { readFile } from "node:fs/promises";
import os from "node:os";
import type { SystemDescription } from "../../../../shared/api/system";

type OsDescription = SystemDescription["os"];

/** KEY=value lines, values optionally quoted (freedesktop os-release format). */
export function parseOsRelease(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const match = line.trim().match(/^([A-Z0-9_]+)=(.*)$/);
    if (!match) continue;
    const raw = match[2].trim();
    const quoted = raw.match(/^(["'])(.*)\1$/);
    fields[match[1]] = (quoted ? quoted[2] : raw).replace(/\\(["'$`\\])/g, "$1");
  }
  return fields;
}

async function readOsRelease(): Promise<Record<string, string>> {
  for (const file of ["/etc/os-release", "/usr/lib/os-release"]) {
    try {
      return parseOsRelease(await readFile(file, "utf8"));
    } catch {
      // Try the next location; a system without either is described by os.type().
    }
  }
  return {};
}

function distroName(platform: NodeJS.Platform, osRelease: Record<string, string>): string {
  if (platform === "linux") return osRelease.PRETTY_NAME || [osRelease.NAME, osRelease.VERSION].filter(Boolean).join(" ") || os.type();
  if (platform === "darwin") return "macOS";
  // os.version() names the edition on Windows ("Windows 11 Pro"); os.type() is "Windows_NT".
  if (platform === "win32") return os.version() || os.type();
  return os.type();
}

export async function describeOs(platform: NodeJS.Platform = process.platform): Promise<OsDescription> {
  const osRelease = platform === "linux" ? await readOsRelease() : {};
  return {
    platform,
    distro: distroName(platform, osRelease),
    release: os.release(),
    arch: os.arch(),
    hostname: os.hostname(),
  };
}

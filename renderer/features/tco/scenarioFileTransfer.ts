// The browser side of scenario files: a download through a Blob URL and reading a picked file. Both work
// the same in Electron and web mode and never touch the network.

export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its copy by the next task; otherwise the URL would live as long as the page.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Scenario files are a few kilobytes; anything far bigger is not one, and reading it would only stall the page. */
export const MAX_SCENARIO_FILE_BYTES = 1_000_000;

export async function readPickedFile(file: File): Promise<string> {
  if (file.size > MAX_SCENARIO_FILE_BYTES) {
    throw new Error(`${file.name} is ${(file.size / 1e6).toFixed(1)} MB; a scenario file is a few kB, so this is not one.`);
  }
  return file.text();
}

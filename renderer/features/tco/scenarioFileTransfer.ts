// Reading a scenario file the user picked (downloads go through components/ui/downloadJson).

/** Scenario files are a few kilobytes; anything far bigger is not one, and reading it would only stall the page. */
export const MAX_SCENARIO_FILE_BYTES = 1_000_000;

export async function readPickedFile(file: File): Promise<string> {
  if (file.size > MAX_SCENARIO_FILE_BYTES) {
    throw new Error(`${file.name} is ${(file.size / 1e6).toFixed(1)} MB; a scenario file is a few kB, so this is not one.`);
  }
  return file.text();
}

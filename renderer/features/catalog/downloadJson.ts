/** Saves text as a file through the browser's download, which works the same in Electron and web mode. */
export function downloadJson(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has taken its copy by the next task; the URL would otherwise live until the page closes.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

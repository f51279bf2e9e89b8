/** Saves JSON text as a file through the browser's download: the same in Electron and web mode, no network. */
export function downloadJson(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  // Attached while clicked: some engines ignore a click on a link outside the document.
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy by then; the URL would otherwise live until the page closes.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const EXPORT_FILE_NAME = 'village-my-data.json';

/** Hands text to the browser as a file to save, without a round trip to the server. */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the object URL can go once this task is over.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

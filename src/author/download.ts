/** Saves text as a file through a temporary <a download>: the browser's own download, no server. */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; revoking it at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

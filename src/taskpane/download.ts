/**
 * Saving a text file from the pane: a Blob link, or a data: URL where object URLs fail. Desktop Excel may
 * ignore both (its web view has no download UI; Mac desktop refuses), which is why the pane also offers
 * "Open in a new workbook".
 */
export function downloadText(fileName: string, text: string, mime: string): void {
  let url: string;
  let objectUrl = false;
  try {
    url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
    objectUrl = true;
  } catch {
    url = `data:${mime};charset=utf-8,${encodeURIComponent(text)}`;
  }
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  if (objectUrl) setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

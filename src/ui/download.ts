/** Save a Blob as a file (the browser's download). */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/** File names without diacritics or spaces: "PCI 2021 Quảng Ninh" → "pci-2021-quang-ninh". */
export function fileSlug(...parts: (string | number)[]): string {
  return parts
    .join('-')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A CSV download's name: the decimal-comma file says so (`-vi`), so the two downloads of one table never share a name. */
export function csvFileName(base: string, decimal: 'plain' | 'vi'): string {
  return `${fileSlug(base)}${decimal === 'vi' ? '-vi' : ''}.csv`;
}

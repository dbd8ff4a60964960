/** Files that arrive from the API as base64, and files the user picks, read as base64 for it. */

export function blobOf(base64: string, mimeType: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mimeType });
}

/** Saves through the browser's download (in Electron: its save dialog); nothing names a path. */
export function saveFile(file: { fileName: string; mimeType: string; base64: string }): void {
  const url = URL.createObjectURL(blobOf(file.base64, file.mimeType));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns; the next tick is safe.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A picked or dropped file as base64, which is how the import operation receives files. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error('Không đọc được tệp đã chọn.'));
    reader.readAsDataURL(file);
  });
}

/**
 * What "In…" (Ctrl+P in the menu) prints: the screen showing a document preview
 * registers its own printer; elsewhere the window itself is printed.
 */
let printer: (() => void) | null = null;

/** Registers the current screen's printer; the returned function removes it again. */
export function setPrinter(print: () => void): () => void {
  printer = print;
  return () => {
    if (printer === print) printer = null;
  };
}

export function printCurrent(): void {
  if (printer) printer();
  else if (window.appShell) void window.appShell.print();
  else window.print();
}

/** How near the visible area an element counts as on screen, in pixels. */
const MARGIN = 200;

/** How long after the screen appears work out of sight waits before it takes idle time. */
const SETTLE_MS = 1000;

/**
 * Runs `work` for an element at once if it is on screen, or about to be; otherwise when it
 * scrolls near, when the page is printed, or once the screen has settled and the browser
 * is idle, whichever comes first. What the user sees first is not held up by what is below
 * it, and a later scroll, printout or screenshot still finds it done. Returns a function
 * that cancels.
 */
export function whenNeeded(element: Element, work: () => void): () => void {
  const box = element.getBoundingClientRect();
  if (box.top < window.innerHeight + MARGIN && box.bottom > -MARGIN) {
    work();
    return () => undefined;
  }
  const near = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && run(), { rootMargin: `${MARGIN}px` });
  let idle = 0;
  const settled = window.setTimeout(() => (idle = window.requestIdleCallback(run)), SETTLE_MS);
  const stop = () => {
    near.disconnect();
    window.clearTimeout(settled);
    window.cancelIdleCallback(idle);
    window.removeEventListener('beforeprint', run);
  };
  function run(): void {
    stop();
    work();
  }
  near.observe(element);
  window.addEventListener('beforeprint', run);
  return stop;
}

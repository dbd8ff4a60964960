/** How near the visible area an element counts as on screen, in pixels. */
const MARGIN = 200;

/** How long after the screen appears work out of sight waits before it takes idle time. */
const SETTLE_MS = 1000;

/**
 * Runs `work` once the screen has settled and the browser is idle, or when the page is
 * printed, whichever comes first: work the user does not wait for does not hold up what
 * they see first. Returns a function that cancels.
 */
export function onceSettled(work: () => void): () => void {
  let idle = 0;
  const settled = window.setTimeout(() => (idle = window.requestIdleCallback(run)), SETTLE_MS);
  const stop = () => {
    window.clearTimeout(settled);
    window.cancelIdleCallback(idle);
    window.removeEventListener('beforeprint', run);
  };
  function run(): void {
    stop();
    work();
  }
  window.addEventListener('beforeprint', run);
  return stop;
}

/**
 * Runs `work` for an element at once if it is on screen, or about to be; otherwise when it
 * scrolls near, or once the screen has settled (onceSettled), whichever comes first. A later
 * scroll, printout or screenshot still finds it done. Returns a function that cancels.
 */
export function whenNeeded(element: Element, work: () => void): () => void {
  const box = element.getBoundingClientRect();
  if (box.top < window.innerHeight + MARGIN && box.bottom > -MARGIN) {
    work();
    return () => undefined;
  }
  const near = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && run(), { rootMargin: `${MARGIN}px` });
  const cancelSettled = onceSettled(run);
  const stop = () => {
    near.disconnect();
    cancelSettled();
  };
  function run(): void {
    stop();
    work();
  }
  near.observe(element);
  return stop;
}

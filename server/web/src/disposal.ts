// Charts hold canvases, resize observers and timers: each page registers how to dispose of its charts, and the next
// page rendered disposes of them first.

const disposers: (() => void)[] = [];

/** Registers {@code dispose} to run when the page is left (or drawn again). */
export function onLeave(dispose: () => void): void {
  disposers.push(dispose);
}

/** Disposes of everything the page on screen registered. */
export function leavePage(): void {
  while (disposers.length > 0) {
    const dispose = disposers.pop() as () => void;
    try {
      dispose();
    } catch {
      // a chart already gone
    }
  }
}

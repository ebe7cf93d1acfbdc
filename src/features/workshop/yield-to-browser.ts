/** Longest stretch of work between two yields: well under the 50 ms that counts as a long task. */
const SLICE_MS = 12;

let sliceStart = performance.now();

/**
 * Lets the browser paint and handle input. `ifDue()` yields only when the current slice of work
 * has run `SLICE_MS`, so quick loops pay almost nothing. A macrotask (setTimeout) is used because a
 * Web Worker is not allowed by the single-file build's Content-Security-Policy.
 */
export const yieldToBrowser = {
  now: (): Promise<void> =>
    new Promise((resolve) => {
      setTimeout(() => {
        sliceStart = performance.now();
        resolve();
      });
    }),
  ifDue: async (): Promise<boolean> => {
    if (performance.now() - sliceStart < SLICE_MS) return false;
    await yieldToBrowser.now();
    return true;
  },
};

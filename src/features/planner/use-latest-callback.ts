import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function that keeps one identity across renders and always calls the latest `fn`: memoised parts of
 * the planner get it as a prop and skip re-rendering when a click only changes what `fn` closes over.
 */
export function useLatestCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}

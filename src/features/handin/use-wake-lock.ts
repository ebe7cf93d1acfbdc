import { useEffect, useState } from 'react';

/** Whether the screen is being kept on: not yet known, held, or not possible here (no API, refused, power saving). */
export type WakeState = 'pending' | 'held' | 'unavailable';

/**
 * Keeps the screen on while the component is mounted (Screen Wake Lock API), taking the lock again
 * when the page comes back into view (the browser releases it whenever the page is hidden), and
 * releasing it on leaving.
 */
export function useWakeLock(): WakeState {
  const [state, setState] = useState<WakeState>(() => (typeof navigator !== 'undefined' && 'wakeLock' in navigator ? 'pending' : 'unavailable'));
  useEffect(() => {
    const api = (navigator as Navigator & { wakeLock?: WakeLock }).wakeLock;
    if (!api) return;
    let lock: WakeLockSentinel | null = null;
    let left = false;
    const request = async () => {
      if (document.visibilityState !== 'visible' || (lock && !lock.released)) return;
      try {
        const got = await api.request('screen');
        if (left) return void got.release().catch(() => undefined);
        lock = got;
        setState('held');
        got.addEventListener('release', () => {
          if (!left) setState(document.visibilityState === 'visible' ? 'unavailable' : 'pending');
        });
      } catch {
        if (!left) setState('unavailable');
      }
    };
    const onVisible = () => void request();
    void request();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      left = true;
      document.removeEventListener('visibilitychange', onVisible);
      void lock?.release().catch(() => undefined);
    };
  }, []);
  return state;
}

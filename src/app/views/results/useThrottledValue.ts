/**
 * A value that follows `value` at most once every `intervalMs` while `throttle` is on, and at once
 * when it is off. The results page renders its heavier sections from it during a run, so each new
 * partial summary does not re-render every chart on the cores the simulation runs on.
 */
import { useEffect, useRef, useState } from 'react';

export function useThrottledValue<T>(value: T, intervalMs: number, throttle: boolean): T {
  const [shown, setShown] = useState(value);
  const shownAt = useRef(0);
  useEffect(() => {
    if (!throttle) return;
    const wait = shownAt.current + intervalMs - Date.now();
    const show = () => {
      shownAt.current = Date.now();
      setShown(() => value);
    };
    if (wait <= 0) {
      show();
      return;
    }
    const timer = setTimeout(show, wait);
    return () => clearTimeout(timer);
  }, [value, intervalMs, throttle]);
  return throttle ? shown : value;
}

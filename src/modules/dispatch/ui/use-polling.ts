import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Loads now, then every `ms` while the page is visible, and at once when it becomes visible again:
 * a phone in a pocket does not poll, and one taken out sees fresh data.
 */
export function usePolling<T>(load: () => Promise<T>, ms: number) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [at, setAt] = useState<number | null>(null);
  const current = useRef(load);
  current.current = load;

  const refresh = async () => {
    try {
      setData(await current.current());
      setError(null);
      setAt(Date.now());
    } catch (err) {
      setError(err);
    }
  };

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, ms);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [ms]);

  return { data, setData, error, at, refresh };
}

import { useEffect, useRef, useState } from 'preact/hooks';

const RETRY_MS = 5_000;

export type LiveStatus = 'connecting' | 'open' | 'reconnecting';
export type LiveHandlers = Record<string, (data: unknown, id: string) => void>;

/**
 * Listens to a server event stream while the component is shown. The browser reconnects by itself
 * after a dropped connection and sends the last event id, so the server can replay what was missed.
 * `url` null means "not now" (e.g. signed out).
 */
export function useLive(url: string | null, handlers: LiveHandlers): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  // A stream the browser gave up on (the server answered with an error) is opened again later.
  const [attempt, setAttempt] = useState(0);
  // The latest handlers, without reopening the stream when a component re-renders.
  const current = useRef(handlers);
  current.current = handlers;
  const names = Object.keys(handlers).sort().join(',');

  useEffect(() => {
    if (!url) return;
    const source = new EventSource(url);
    source.onopen = () => setStatus('open');
    let retry: ReturnType<typeof setTimeout> | undefined;
    source.onerror = () => {
      if (source.readyState !== EventSource.CLOSED) return setStatus('connecting');
      setStatus('reconnecting');
      retry = setTimeout(() => setAttempt((n) => n + 1), RETRY_MS);
    };
    const listeners = names.split(',').map((name) => {
      const listener = (e: MessageEvent<string>) => current.current[name]?.(JSON.parse(e.data), e.lastEventId);
      source.addEventListener(name, listener);
      return listener;
    });
    return () => {
      clearTimeout(retry);
      listeners.length = 0;
      source.close();
    };
  }, [url, names, attempt]);
  return status;
}

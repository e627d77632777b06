import { useEffect, useRef, useState } from 'preact/hooks';
import { type LiveStatus, useLive } from '../../../core/web/live';

/**
 * The staff stream of report events as a counter: it goes up whenever a report is filed or changes,
 * so a component refetches what it shows. After a reconnect it goes up too — events missed while
 * disconnected are not replayed, and a refetch covers them.
 */
export function useReportsLive(): { version: number; status: LiveStatus } {
  const [version, setVersion] = useState(0);
  const bump = () => setVersion((v) => v + 1);
  const status = useLive('/api/reports/live', { filed: bump, changed: bump });
  const wasOpen = useRef(false);
  useEffect(() => {
    if (status === 'open' && wasOpen.current) setVersion((v) => v + 1);
    if (status === 'open') wasOpen.current = true;
  }, [status]);
  return { version, status };
}

/** The current time, again every `everyMs`, so "12 min ago" stays true on a screen left open. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

import { useCallback, useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { useLive } from '../../../core/web/live';
import type { Alert, LiveAlert, LiveExpired } from '../contract';
import { learnServerTime, useServerNow } from './clock';

type AlertList = { alerts: Alert[]; now: number };

const bySent = (a: Alert, b: Alert) => (b.sentAt ?? 0) - (a.sentAt ?? 0);
const upsert = (list: Alert[], alert: Alert) => [alert, ...list.filter((a) => a.id !== alert.id)].sort(bySent);

/** Loads an alert list and tells the page's clock the server's time. */
export async function fetchAlerts(path: string): Promise<Alert[]> {
  const list = await api.get<AlertList>(path);
  learnServerTime(list.now);
  return list.alerts;
}

/**
 * My alerts, kept current by the live stream: new and updated alerts come in, expired ones go (by the
 * server's word, and by this device's timer in case that word is late or the connection is down).
 */
export function useMyAlerts() {
  const [alerts, setAlerts] = useState<Alert[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => fetchAlerts('/api/alerts').then(setAlerts, setError), []);
  const status = useLive('/api/alerts/live', {
    alert: (data) => setAlerts((list) => upsert(list ?? [], (data as LiveAlert).alert)),
    expired: (data) => setAlerts((list) => list?.filter((a) => a.id !== (data as LiveExpired).id) ?? null),
  });
  // Each (re)opened stream starts from now: reload what was sent before it opened.
  useEffect(() => {
    if (status === 'open') void load();
  }, [status, load]);
  useEffect(() => {
    void load();
  }, [load]);
  const now = useServerNow();
  return { alerts: alerts?.filter((a) => a.expiresAt > now) ?? null, error, status, now };
}

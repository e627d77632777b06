import { useEffect, useState } from 'preact/hooks';

/**
 * The server's time as this device sees it. Cheap phones often keep a wrong clock, so countdowns
 * run on the offset learnt from the server's `now` rather than on the device's own time.
 */
let offset = 0;
export const learnServerTime = (serverNow: number) => {
  offset = serverNow - Date.now();
};
export const serverNow = () => Date.now() + offset;

/** The server's time, ticking every `everyMs` while the component is shown. */
export function useServerNow(everyMs = 1000): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const timer = setInterval(() => setNow(serverNow()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

import { useEffect, useState } from 'preact/hooks';
import { api } from './api';

/** GETs `path` (nothing while it is null) and keeps the answer, its error and a way to fetch it again. */
export function useGet<T>(path: string | null) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = () => (path ? api.get<T>(path).then(setData, setError) : Promise.resolve());
  useEffect(() => {
    setData(null);
    setError(null);
    void reload();
  }, [path]);
  return { data, setData, error, reload };
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import type { ActionPage, ActionTotals } from '../contract';
import { withQuery } from './filters';

export const PAGE_SIZE = 25;

interface Request {
  key: string;
  controller: AbortController;
  page: Promise<ActionPage>;
  totals: Promise<ActionTotals>;
}

function send(key: string, query: string, offset: number): Request {
  const controller = new AbortController();
  const { signal } = controller;
  const pageQuery = `${query ? `${query}&` : ''}limit=${PAGE_SIZE}&offset=${offset}`;
  return {
    key,
    controller,
    page: api.get<ActionPage>(`/api/tracker/actions?${pageQuery}`, { signal }),
    totals: api.get<ActionTotals>(withQuery('/api/tracker/totals', query), { signal }),
  };
}

/**
 * A page of the table and the totals for the filters. The requests go out while the page first
 * renders, not after (as an effect would): on a slow phone that is a few hundred milliseconds
 * sooner. Each arrives on its own, and a newer view aborts the older one.
 */
export function useTrackerView(query: string, offset: number, version: number) {
  const key = `${query}|${offset}|${version}`;
  const request = useRef<Request | null>(null);
  if (request.current?.key !== key) {
    request.current?.controller.abort();
    request.current = send(key, query, offset);
  }
  const [page, setPage] = useState<ActionPage | null>(null);
  const [totals, setTotals] = useState<ActionTotals | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const current = request.current as Request;
    let live = true;
    const failed = (err: Error) => live && err.name !== 'AbortError' && setError(err);
    setError(null);
    current.page.then((p) => live && setPage(p), failed);
    current.totals.then((t) => live && setTotals(t), failed);
    return () => {
      live = false;
    };
  }, [key]);
  useEffect(() => () => request.current?.controller.abort(), []);

  return { page, totals, error };
}

import type { ComponentChildren } from 'preact';
import { api } from './api';
import { FormError, Loading, PageTitle } from './forms';
import { navigate } from './router';
import { useGet } from './use-get';

/**
 * The page around an edit form: its title, then what `source` answers — loading, the error if it
 * failed, or the form drawn from it.
 */
export function EditPage<T>(props: { title: string; source: string; form: (loaded: T) => ComponentChildren }) {
  const { data, error } = useGet<T>(props.source);
  return (
    <>
      <PageTitle title={props.title} />
      <FormError error={error} />
      {!data && !error && <Loading />}
      {data && props.form(data)}
    </>
  );
}

/** A form's save for a new record: POST the input to `url`, then open the created record's page. */
export const createThenOpen =
  <I,>(url: string, pageOf: (id: string) => string) =>
  async (input: I) =>
    navigate(pageOf((await api.post<{ id: string }>(url, input)).id));

/** A form's save for an edit: PUT the input to `url`, then open `page`. */
export const saveThenOpen =
  <I,>(url: string, page: string) =>
  async (input: I) => {
    await api.put(url, input);
    navigate(page);
  };

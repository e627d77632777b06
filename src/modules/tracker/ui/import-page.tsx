import './tracker.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, api } from '../../../core/web/api';
import { ActionForm, FormError, PageTitle, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { navigate } from '../../../core/web/router';
import type { ImportJob } from '../contract';
import { ImportProgress } from './import-progress';

/** The contract's MAX_IMPORT_CHARS, checked here too so a huge file is refused before it is sent. */
const MAX_FILE_BYTES = 30 * 1024 * 1024;
const POLL_MS = 400;

/** For organisers: a CSV in the ILR layout goes up, then the page follows the job until it ends. */
export function ImportPage() {
  const t = useT('tracker');
  const input = useRef<HTMLInputElement>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const start = useAction(async () => {
    const file = input.current?.files?.[0];
    setMissingFile(!file);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) throw new ApiError(413, 'too_large', '');
    setJob(null);
    const started = await api.post<ImportJob>('/api/tracker/imports', { csv: await file.text() });
    setJob(started);
    // The job in the address: a reload, or a language change, finds it again.
    navigate(`/tracker/import?job=${encodeURIComponent(started.id)}`, { replace: true });
  });

  useEffect(() => {
    const id = new URLSearchParams(location.search).get('job');
    if (id) api.get<ImportJob>(`/api/tracker/imports/${encodeURIComponent(id)}`).then(setJob, start.setError);
  }, []);

  const running = job?.state === 'running' ? job.id : null;
  useEffect(() => {
    if (!running) return;
    let timer: ReturnType<typeof setTimeout>;
    let stopped = false;
    const poll = async () => {
      try {
        const next = await api.get<ImportJob>(`/api/tracker/imports/${encodeURIComponent(running)}`);
        if (stopped) return;
        setJob(next);
        if (next.state === 'running') timer = setTimeout(poll, POLL_MS);
      } catch (err) {
        if (!stopped) start.setError(err);
      }
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [running]);

  return (
    <>
      <PageTitle title={t('import.title')} />
      <p>{t('import.intro')}</p>
      <p class="hint">{t('import.layout')}</p>
      <ActionForm class="card" noValidate action={start}>
        <div class="field">
          <label for="tracker-file">{t('import.file')}</label>
          <p class="hint" id="tracker-file-hint">
            {t('import.fileHint')}
          </p>
          <input
            id="tracker-file"
            ref={input}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={missingFile ? 'tracker-file-hint tracker-file-error' : 'tracker-file-hint'}
            aria-invalid={missingFile ? 'true' : undefined}
            onChange={() => setMissingFile(false)}
          />
          {missingFile && (
            <p class="field-error" id="tracker-file-error" role="alert">
              {t('import.chooseFile')}
            </p>
          )}
        </div>
        <FormError error={start.error} />
        <button type="submit" class="button button-primary" disabled={start.busy || running !== null}>
          {t('import.submit')}
        </button>
        {start.busy && <p role="status">{t('import.checking')}</p>}
      </ActionForm>
      {job && <ImportProgress job={job} />}
      <p>
        <a href="/tracker">{t('import.back')}</a>
      </p>
    </>
  );
}

import './evidence.css';
import { useId, useState } from 'preact/hooks';
import { ApiError } from '../../../core/web/api';
import { errorText } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { EvidenceItem } from '../contract';
import { mediaTypeOf, sendEvidence, type Target } from './send-file';

/** A file input shown as a button (its label); `capture` opens the camera on phones. */
function FilePick(props: {
  id: string;
  label: string;
  primary?: boolean;
  capture?: boolean;
  multiple?: boolean;
  disabled: boolean;
  describedBy: string;
  onPick: (input: HTMLInputElement) => void;
}) {
  return (
    <span class="file-pick">
      <input
        id={props.id}
        type="file"
        accept="image/*,video/*"
        capture={props.capture ? 'environment' : undefined}
        multiple={props.multiple}
        class="sr-only"
        disabled={props.disabled}
        aria-describedby={props.describedBy}
        onChange={(e) => props.onPick(e.currentTarget)}
      />
      <label for={props.id} class={props.primary ? 'button button-primary' : 'button'}>
        {props.label}
      </label>
    </span>
  );
}

type Outcome = { name: string; item: EvidenceItem | null; error: unknown };
export type EvidenceUploadProps = Target & { onUploaded?: (item: EvidenceItem) => void };

/**
 * Photos and videos for an incident: from the anonymous reporter right after filing (report id and
 * upload token), or from a member for an incident. One file at a time, with progress.
 */
export function EvidenceUpload(props: EvidenceUploadProps) {
  const t = useT('evidence');
  const id = useId();
  const [current, setCurrent] = useState<{ name: string; percent: number } | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);

  const sendAll = async (files: File[]) => {
    for (const file of files) {
      const type = mediaTypeOf(file);
      let outcome: Outcome = { name: file.name, item: null, error: new ApiError(0, 'unsupported_media_type', '') };
      if (type) {
        setCurrent({ name: file.name, percent: 0 });
        try {
          const item = await sendEvidence(props, file, type, (f) => setCurrent({ name: file.name, percent: Math.round(f * 100) }));
          outcome = { name: file.name, item, error: null };
          props.onUploaded?.(item);
        } catch (error) {
          outcome = { name: file.name, item: null, error };
        }
      }
      setOutcomes((list) => [...list, outcome]);
    }
    setCurrent(null);
  };
  const picked = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) void sendAll(files);
  };
  const busy = current !== null;

  return (
    <section class="card evidence-upload" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('upload.title')}</h2>
      <p>{t('upload.intro')}</p>
      <p class="notice" id={`${id}-privacy`}>
        {t('upload.privacy')} {t('upload.videoNote')}
      </p>
      <div class="button-row">
        <FilePick
          id={`${id}-camera`}
          label={t('upload.camera')}
          primary
          capture
          disabled={busy}
          describedBy={`${id}-privacy`}
          onPick={picked}
        />
        <FilePick id={`${id}-choose`} label={t('upload.choose')} multiple disabled={busy} describedBy={`${id}-privacy`} onPick={picked} />
      </div>
      {current && (
        <div class="evidence-progress">
          <label for={`${id}-progress`}>{t('upload.sending', { name: current.name, percent: current.percent })}</label>
          <progress id={`${id}-progress`} max={100} value={current.percent} />
        </div>
      )}
      <ul class="plain-list evidence-outcomes" aria-live="polite">
        {outcomes.map((o, i) => (
          <li key={i} class={o.error ? 'notice notice-error' : 'notice notice-ok'}>
            {o.error
              ? t('upload.failed', { name: o.name, reason: errorText(t, o.error) })
              : t(o.item?.shareable ? 'upload.added' : 'upload.addedOriginalOnly', { name: o.name })}
          </li>
        ))}
      </ul>
    </section>
  );
}

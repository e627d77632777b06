import { useEffect, useRef } from 'preact/hooks';
import { CopyField } from '../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../core/web/i18n';

/**
 * A signing secret, shown the one time the server sends it (creation or rotation). Focus moves here
 * so that nobody misses it; "done" forgets it.
 */
export function SecretOnce(props: { id: string; url: string; secret: string; overlapUntil: number | null; onDone: () => void }) {
  const t = useT('webhooks');
  const lang = useLanguage();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div class="notice notice-demo webhook-secret" ref={box} tabIndex={-1}>
      <p>{t('secret.once')}</p>
      <CopyField
        id={`secret-${props.id}`}
        label={t('secret.label', { url: props.url })}
        value={props.secret}
        copyLabel={t('secret.copy')}
      />
      {props.overlapUntil !== null && <p>{t('secret.overlap', { date: formatDateTime(props.overlapUntil, lang) })}</p>}
      <button type="button" class="button" onClick={props.onDone}>
        {t('secret.done')}
      </button>
    </div>
  );
}

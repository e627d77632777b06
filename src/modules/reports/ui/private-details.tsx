import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { Report } from '../contract';

/** One private detail: a button until asked for, then the value. */
function Reveal(props: {
  label: string;
  button: string;
  load: () => Promise<string | null>;
  show: (value: string) => JSX.Element;
  onRevealed: () => void;
}) {
  const [value, setValue] = useState<string | null>(null);
  const reveal = useAction(async () => {
    setValue(await props.load());
    props.onRevealed();
  });
  return (
    <div class="reveal">
      {value ? (
        <p>
          {props.label}: {props.show(value)}
        </p>
      ) : (
        <button type="button" class="button" disabled={reveal.busy} onClick={() => reveal.run()}>
          {props.button}
        </button>
      )}
      <FormError error={reveal.error} />
    </div>
  );
}

/**
 * What the reporter chose to share beyond the coarse location: the exact point and a callback
 * number. Each is fetched only when asked for, and the server records every look.
 */
export function PrivateDetails(props: { report: Report; onRevealed: () => void }) {
  const t = useT('reports');
  const { report } = props;
  if (!report.hasExactPoint && !report.hasCallback) return null;
  const base = `/api/reports/${report.id}`;
  return (
    <section class="card" aria-labelledby="private-title">
      <h2 id="private-title">{t('private.title')}</h2>
      <p class="hint">{t('private.hint')}</p>
      {report.hasExactPoint && (
        <Reveal
          label={t('private.point')}
          button={t('private.revealPoint')}
          load={async () => {
            const { point } = await api.get<{ point: { lat: number; lng: number } | null }>(`${base}/exact-point`);
            return point && `${point.lat.toFixed(5)}, ${point.lng.toFixed(5)}`;
          }}
          show={(v) => <code>{v}</code>}
          onRevealed={props.onRevealed}
        />
      )}
      {report.hasCallback && (
        <Reveal
          label={t('private.phone')}
          button={t('private.revealPhone')}
          load={async () => (await api.get<{ phone: string | null }>(`${base}/callback`)).phone}
          show={(v) => <a href={`tel:${v.replace(/[^+0-9]/g, '')}`}>{v}</a>}
          onRevealed={props.onRevealed}
        />
      )}
    </section>
  );
}

import { api } from '../../../core/web/api';
import { FormError, useAction } from '../../../core/web/forms';
import { formatDateTime, formatNumber, useT } from '../../../core/web/i18n';
import type { EvidenceItem } from '../contract';

const MB = 1024 * 1024;

export function useSizeText() {
  const t = useT('evidence');
  return (bytes: number) =>
    bytes >= MB
      ? t('list.sizeMb', { value: formatNumber(Math.round((bytes / MB) * 10) / 10) })
      : t('list.sizeKb', { value: formatNumber(Math.max(1, Math.round(bytes / 1024))) });
}

/** One photo or video: what it is, how to look at it, its fingerprints, and (for caseworkers) hold. */
export function EvidenceCard(props: {
  item: EvidenceItem;
  number: number;
  canSeeOriginal: boolean;
  canHold: boolean;
  onChanged: (item: EvidenceItem) => void;
}) {
  const t = useT('evidence');
  const size = useSizeText();
  const { item, number } = props;
  const titleId = `evidence-${item.id}`;
  const kind = item.mediaType.startsWith('video/') ? t('list.video') : t('list.photo');
  const toggleHold = useAction(async () => {
    props.onChanged(await api.post<EvidenceItem>(`/api/evidence/${encodeURIComponent(item.id)}/${item.held ? 'release' : 'hold'}`));
  });

  return (
    <article class="card evidence-item" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('list.itemTitle', { kind, number })}</h3>
      <p class="hint">
        {t('list.details', { type: item.mediaType, size: size(item.size), when: formatDateTime(item.createdAt) })} ·{' '}
        {item.fromReporter ? t('list.fromReporter') : t('list.fromMember')}
      </p>
      <div class="tag-row">
        {item.shareable ? (
          <span class="badge badge-ok">{t('list.shared')}</span>
        ) : (
          <span class="badge badge-muted">{t('list.originalOnly')}</span>
        )}
        {item.held && <span class="badge badge-warning">{t('list.held')}</span>}
      </div>
      {!item.shareable && <p>{t('list.notShareable')}</p>}
      <div class="button-row">
        {item.shareable && (
          <a class="button" href={`/api/evidence/${encodeURIComponent(item.id)}/shared`} target="_blank" rel="noopener">
            {t('list.view')}
          </a>
        )}
        {props.canSeeOriginal && (
          <a class="button" href={`/api/evidence/${encodeURIComponent(item.id)}/original`} download>
            {t('list.original')}
          </a>
        )}
        {props.canHold && (
          <button type="button" class="button" disabled={toggleHold.busy} onClick={() => toggleHold.run()}>
            {item.held ? t('list.release') : t('list.hold')}
          </button>
        )}
      </div>
      <FormError error={toggleHold.error} />
      <details class="evidence-hashes">
        <summary>{t('list.hashes')}</summary>
        <dl class="details">
          <dt>{t('list.hashOriginal')}</dt>
          <dd>
            <code>{item.sha256Original}</code>
          </dd>
          {item.sha256Shared && (
            <>
              <dt>{t('list.hashShared')}</dt>
              <dd>
                <code>{item.sha256Shared}</code>
              </dd>
            </>
          )}
        </dl>
      </details>
    </article>
  );
}

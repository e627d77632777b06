import { useEffect, useRef } from 'preact/hooks';
import { CopyField } from '../../../../core/web/forms';
import { useT } from '../../../../core/web/i18n';
import type { RiderLink } from '../contract';

/** The rider's secret link, shown once right after it is made (only its hash is kept). */
export function RiderLinkNotice({ link }: { link: RiderLink }) {
  const t = useT('rides');
  const box = useRef<HTMLDivElement>(null);
  // The form that made it may be scrolled far below: bring the link into view.
  useEffect(() => box.current?.scrollIntoView({ block: 'center' }), [link]);
  return (
    <div class="notice notice-ok" role="status" ref={box}>
      <p>{t('rider.linkMade', { name: link.rider.firstName })}</p>
      <CopyField
        id={`rider-link-${link.rider.id}`}
        label={t('rider.linkLabel', { name: link.rider.firstName })}
        value={`${location.origin}/rides/r/${link.token}`}
      />
      <p class="hint">{t('rider.linkHint')}</p>
    </div>
  );
}

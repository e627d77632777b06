import { useT } from '../../../core/web/i18n';
import type { FiledFields, Revealed } from '../contract';

/** Digits and a leading plus, for a tap-to-call link; null when the contact is not a phone number. */
function phoneOf(contact: string): string | null {
  const digits = contact.replace(/[^\d+]/g, '');
  return /^\+?\d{7,15}$/.test(digits) && !/[a-z@]/i.test(contact) ? digits : null;
}

/** The household's private details: for the volunteer holding the task, or the filer who entered them. */
export function RevealedDetails({ revealed }: { revealed: Revealed | FiledFields }) {
  const t = useT('aid');
  const phone = phoneOf(revealed.contact);
  const { point } = revealed;
  return (
    <section class="aid-private" aria-label={t('private.title')}>
      <p class="hint">{t('private.warning')}</p>
      <dl class="details">
        {revealed.householdName && (
          <>
            <dt>{t('private.household')}</dt>
            <dd>{revealed.householdName}</dd>
          </>
        )}
        <dt>{t('private.address')}</dt>
        <dd>{revealed.address || t('private.noAddress')}</dd>
        {point && (
          <>
            <dt>{t('private.point')}</dt>
            <dd>
              <a href={`geo:${point.lat},${point.lng}`}>
                {t('private.openPoint', { latitude: point.lat.toFixed(5), longitude: point.lng.toFixed(5) })}
              </a>
            </dd>
          </>
        )}
        <dt>{t('private.contact')}</dt>
        <dd>{phone ? <a href={`tel:${phone}`}>{revealed.contact}</a> : revealed.contact}</dd>
        {revealed.privateNotes && (
          <>
            <dt>{t('private.notes')}</dt>
            <dd class="aid-details">{revealed.privateNotes}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

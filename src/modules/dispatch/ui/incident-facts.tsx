import { Fragment } from 'preact';
import { useT } from '../../../core/web/i18n';
import type { OfferIncident } from '../contract';
import { formatTime } from './format';

/** What was reported, for a responder deciding whether to go and for the board. */
export function IncidentFacts({ incident }: { incident: OfferIncident }) {
  const t = useT('dispatch');
  const rows: [string, string][] = [
    [t('incident.activity'), [t(`activities.${incident.activity}`), incident.activityNote].filter(Boolean).join(' — ')],
    [t('incident.people'), String(incident.people)],
    [t('incident.vehicles'), String(incident.vehicles)],
    [t('incident.markings'), incident.markings],
    [t('incident.equipment'), incident.equipment],
    [t('incident.seen'), formatTime(incident.seenAt)],
  ];
  if (incident.confirmedAt !== null) rows.push([t('incident.confirmed'), formatTime(incident.confirmedAt)]);
  if (incident.cell) rows.push([t('incident.cell'), incident.cell]);
  return (
    <dl class="details incident-facts">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
    </dl>
  );
}

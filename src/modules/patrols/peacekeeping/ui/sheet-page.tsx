import './peacekeeping.css';
import { FormError, Loading, PageTitle } from '../../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../../core/web/i18n';
import { usePathParam } from '../../../../core/web/router';
import type { Sheet } from '../contract';
import { planApi, planPath, useLoaded, useWhen } from './marshal-api';

type SheetMarshal = Sheet['posts'][number]['marshals'][number];

const withPhone = (m: SheetMarshal) => (m.phone ? `${m.name} (${m.phone})` : m.name);

/**
 * /marshals/events/:eventId/sheet — the radio-channel and contact sheet, laid out for paper (A4 or
 * Letter) by the print styles; the browser's "Save as PDF" makes the PDF.
 */
export function SheetPage() {
  const t = useT('peacekeeping');
  const lang = useLanguage();
  const when = useWhen();
  const eventId = usePathParam('eventId');
  const { data: sheet, error } = useLoaded<Sheet>(`${planApi(eventId)}/sheet`);
  if (!sheet)
    return error ? (
      <>
        <PageTitle title={t('plan.loadFailed')} />
        <FormError error={error} />
      </>
    ) : (
      <Loading />
    );
  return (
    <div class="marshal-sheet">
      <PageTitle title={t('sheet.title', { title: sheet.event.title })} />
      <p>
        {when(sheet.event)} · {sheet.event.place}
      </p>
      <p class="sheet-confidential">{t('sheet.confidential')}</p>
      <div class="button-row no-print">
        <button type="button" class="button button-primary" onClick={() => window.print()}>
          {t('sheet.print')}
        </button>
        <a class="button" href={planPath(eventId)}>
          {t('sheet.back')}
        </a>
      </div>
      <table class="sheet-table">
        <caption>{t('sheet.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sheet.number')}</th>
            <th scope="col">{t('sheet.post')}</th>
            <th scope="col">{t('sheet.channel')}</th>
            <th scope="col">{t('sheet.lead')}</th>
            <th scope="col">{t('sheet.marshals')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.posts.map((p) => {
            const lead = p.marshals.find((m) => m.lead);
            return (
              <tr key={p.id}>
                <td data-label={t('sheet.number')}>{p.position}</td>
                <th scope="row" data-label={t('sheet.post')}>
                  {p.label}
                  <br />
                  <span class="hint">{t(`postKinds.${p.kind}`)}</span>
                </th>
                <td data-label={t('sheet.channel')}>{p.radioChannel || t('sheet.noLead')}</td>
                <td data-label={t('sheet.lead')}>{lead ? withPhone(lead) : t('sheet.noLead')}</td>
                <td data-label={t('sheet.marshals')}>
                  {p.marshals
                    .filter((m) => !m.lead)
                    .map(withPhone)
                    .join(', ') || t('sheet.noLead')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>{t('sheet.contactsTitle')}</h2>
      {sheet.contactLines.length === 0 ? (
        <p>{t('sheet.noContacts')}</p>
      ) : (
        <ul class="sheet-contacts">
          {sheet.contactLines.map((line, i) => (
            <li key={`${i}-${line}`}>{line}</li>
          ))}
        </ul>
      )}
      <p class="hint">{t('sheet.printed', { time: formatDateTime(sheet.at, lang) })}</p>
    </div>
  );
}

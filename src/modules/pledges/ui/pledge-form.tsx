import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import {
  ActionForm,
  Checkbox,
  CheckboxGroup,
  FormError,
  isFieldError,
  Radio,
  SelectField,
  TextField,
  useAction,
} from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { ZoneSummary } from '../../zones/contract';
import type { Campaign, CampaignAsk, PledgeCreated, PledgeInput } from '../contract';
import { apiPath } from './localized';
import { storePledge } from './pledge-tokens';

/** The contract's limits (PledgeInput); the server checks them too. */
const NAME_MAX = 80;
const PLACE_MAX = 120;
const CONTACT_MAX = 200;

type Kind = PledgeInput['kind'];

/** Anyone's pledge, on a phone: plain or on a threshold, the asks, and only as much about oneself as one wants. */
export function PledgeForm({ campaign, onPledged }: { campaign: Campaign; onPledged: (created: PledgeCreated) => void }) {
  const t = useT('pledges');
  const [kind, setKind] = useState<Kind>('plain');
  const [optionId, setOptionId] = useState(campaign.thresholdOptions[0]?.id ?? '');
  const [asks, setAsks] = useState<CampaignAsk[]>(campaign.asks);
  const [name, setName] = useState('');
  const [workplace, setWorkplace] = useState('');
  const [unionLocal, setUnionLocal] = useState('');
  const [school, setSchool] = useState('');
  const [zoneId, setZoneId] = useState('');
  const [contact, setContact] = useState('');
  const [consent, setConsent] = useState(false);
  const [zones, setZones] = useState<ZoneSummary[]>([]);
  useEffect(() => {
    // Without zones the form works all the same: the neighbourhood is optional.
    api.get<{ zones: ZoneSummary[] }>('/api/zones').then(
      (r) => setZones(r.zones),
      () => {},
    );
  }, []);

  const scope = kind === 'threshold' ? campaign.thresholdOptions.find((o) => o.id === optionId)?.scope : undefined;
  const send = useAction(async () => {
    const body: PledgeInput = {
      kind,
      ...(kind === 'threshold' ? { thresholdOptionId: optionId } : {}),
      name,
      asks,
      contactConsent: consent && contact.trim() !== '',
      ...(contact.trim() ? { contact } : {}),
      ...(workplace.trim() ? { workplace } : {}),
      ...(unionLocal.trim() ? { unionLocal } : {}),
      ...(school.trim() ? { school } : {}),
      ...(zoneId ? { zoneId } : {}),
    };
    const created = await api.post<PledgeCreated>(apiPath(campaign.id, '/pledges'), body);
    storePledge({ pledgeId: created.id, campaignId: campaign.id, token: created.manageToken });
    onPledged(created);
  });
  const toggleAsk = (ask: CampaignAsk, on: boolean) => setAsks((list) => (on ? [...list, ask] : list.filter((a) => a !== ask)));

  return (
    <section class="card pledge-form" aria-labelledby="pledge-form-title">
      <h2 id="pledge-form-title">{t('form.title')}</h2>
      <p>{t('form.intro')}</p>
      <ActionForm noValidate action={send}>
        {campaign.thresholdOptions.length > 0 && (
          <fieldset class="field checks">
            <legend>{t('form.kind')}</legend>
            <Radio id="pledge-plain" name="pledge-kind" value="plain" checked={kind === 'plain'} onChoose={() => setKind('plain')}>
              {t('form.plain')}
            </Radio>
            <Radio
              id="pledge-threshold"
              name="pledge-kind"
              value="threshold"
              checked={kind === 'threshold'}
              onChoose={() => setKind('threshold')}
              hint={t('form.conditionalHint')}
            >
              {t('form.conditional')}
            </Radio>
          </fieldset>
        )}
        {kind === 'threshold' && (
          <fieldset class="field checks" aria-invalid={isFieldError(send.error, 'thresholdOptionId') ? 'true' : undefined}>
            <legend>{t('form.which')}</legend>
            {campaign.thresholdOptions.map((o) => (
              <Radio
                key={o.id}
                id={`threshold-${o.id}`}
                name="pledge-threshold"
                value={o.id}
                checked={optionId === o.id}
                onChoose={setOptionId}
              >
                {t('threshold', { count: o.count, scope: t(`scopes.${o.scope}`) })}
              </Radio>
            ))}
          </fieldset>
        )}
        <CheckboxGroup legend={t('form.asks')} name="asks" error={send.error}>
          {campaign.asks.map((ask) => (
            <Checkbox key={ask} label={t(`asks.${ask}`)} checked={asks.includes(ask)} onChange={(on) => toggleAsk(ask, on)} />
          ))}
        </CheckboxGroup>
        <TextField
          id="pledge-name"
          name="name"
          label={t('form.name')}
          hint={t('form.nameHint')}
          value={name}
          onInput={setName}
          error={send.error}
          maxLength={NAME_MAX}
          autoComplete="off"
          required
        />
        <TextField
          id="pledge-workplace"
          name="workplace"
          label={scope === 'workplace' ? t('form.workplaceNeeded') : t('form.workplace')}
          hint={t('form.workplaceHint')}
          value={workplace}
          onInput={setWorkplace}
          error={send.error}
          maxLength={PLACE_MAX}
          autoComplete="organization"
          required={scope === 'workplace'}
        />
        <TextField
          id="pledge-union-local"
          name="unionLocal"
          label={scope === 'union_local' ? t('form.unionLocalNeeded') : t('form.unionLocal')}
          hint={t('form.unionLocalHint')}
          value={unionLocal}
          onInput={setUnionLocal}
          error={send.error}
          maxLength={PLACE_MAX}
          autoComplete="off"
          required={scope === 'union_local'}
        />
        <TextField
          id="pledge-school"
          name="school"
          label={t('form.school')}
          value={school}
          onInput={setSchool}
          error={send.error}
          maxLength={PLACE_MAX}
          autoComplete="off"
        />
        {zones.length > 0 && (
          <SelectField
            id="pledge-zone"
            name="zoneId"
            label={t('form.zone')}
            placeholder={t('form.zoneNone')}
            options={zones.map((z) => ({ value: z.id, label: z.name })).sort((a, b) => a.label.localeCompare(b.label))}
            value={zoneId}
            onInput={setZoneId}
            error={send.error}
          />
        )}
        <TextField
          id="pledge-contact"
          name="contact"
          label={t('form.contact')}
          hint={t('form.contactHint')}
          value={contact}
          onInput={setContact}
          error={send.error}
          maxLength={CONTACT_MAX}
          autoComplete="off"
        />
        {contact.trim() !== '' && <Checkbox label={t('form.consent')} checked={consent} onChange={setConsent} />}
        <FormError error={send.error} fields={['name', 'workplace', 'unionLocal', 'school', 'zoneId', 'contact', 'asks']} />
        <p class="hint">{t('form.kept')}</p>
        <button type="submit" class="button button-primary button-wide" disabled={send.busy}>
          {t('form.submit')}
        </button>
      </ActionForm>
    </section>
  );
}

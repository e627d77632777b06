import './businesses.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import {
  ActionForm,
  Checkbox,
  CheckboxGroup,
  FormError,
  PageTitle,
  SelectField,
  Status,
  TextField,
  useAction,
} from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { BUSINESS_KINDS, SANCTUARY_OFFERS } from './kinds';
import { LocationFields, type PointText } from './location-fields';

type CampaignChoice = { id: string; title: string; state: string };
type Offer = (typeof SANCTUARY_OFFERS)[number];

const EMPTY = {
  name: '',
  kind: '',
  address: '',
  point: { lat: '', lng: '' } as PointText,
  closing: false,
  sanctuary: false,
  offers: [] as Offer[],
  hours: '',
  publicConsent: false,
  contact: '',
};

/** The number typed, or the text itself so that the server names the field when it is not a number. */
const coordinate = (text: string) => (text.trim() && Number.isFinite(Number(text)) ? Number(text) : text);

/**
 * /businesses/join — public: a business pledges to close and/or to be a sanctuary. A campaign page can
 * link here with `?campaign=<id>` to preselect its campaign.
 */
export function JoinPage() {
  const t = useT('businesses');
  const [form, setForm] = useState(EMPTY);
  const [campaignId, setCampaignId] = useState(() => new URLSearchParams(location.search).get('campaign') ?? '');
  const [campaigns, setCampaigns] = useState<CampaignChoice[]>([]);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    // Optional: without the campaigns list the sign-up is simply not linked to one.
    api.get<{ campaigns: CampaignChoice[] }>('/api/campaigns').then(
      (r) => setCampaigns(r.campaigns.filter((c) => c.state === 'open')),
      () => {},
    );
  }, []);
  const set = <K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) => setForm((f) => ({ ...f, [key]: value }));

  const signUp = useAction(async () => {
    setDone(null);
    const { point, contact, offers, ...rest } = form;
    await api.post('/api/businesses', {
      ...rest,
      lat: coordinate(point.lat),
      lng: coordinate(point.lng),
      offers: form.sanctuary ? offers : [],
      ...(contact.trim() ? { contact } : {}),
      ...(campaignId ? { campaignId } : {}),
    });
    setDone(form.name.trim());
    setForm(EMPTY);
  });

  return (
    <>
      <PageTitle title={t('join.title')} />
      <p>{t('join.intro')}</p>
      <ActionForm noValidate class="card business-form" action={signUp}>
        <TextField
          id="business-name"
          name="name"
          label={t('join.name')}
          value={form.name}
          onInput={(v) => set('name', v)}
          error={signUp.error}
          autoComplete="organization"
          maxLength={120}
          required
        />
        <SelectField
          id="business-kind"
          name="kind"
          label={t('join.kind')}
          placeholder={t('join.kindChoose')}
          options={BUSINESS_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          value={form.kind}
          onInput={(v) => set('kind', v)}
          error={signUp.error}
          required
        />
        <TextField
          id="business-address"
          name="address"
          label={t('join.address')}
          hint={t('join.addressHint')}
          value={form.address}
          onInput={(v) => set('address', v)}
          error={signUp.error}
          autoComplete="street-address"
          maxLength={200}
          required
        />
        <LocationFields value={form.point} onChange={(p) => set('point', p)} error={signUp.error} />
        <CheckboxGroup legend={t('join.pledges')} name="closing" error={signUp.error}>
          <Checkbox label={t('join.closing')} checked={form.closing} onChange={(on) => set('closing', on)} />
          <Checkbox label={t('join.sanctuary')} checked={form.sanctuary} onChange={(on) => set('sanctuary', on)} />
        </CheckboxGroup>
        {form.sanctuary && (
          <>
            <CheckboxGroup legend={t('join.offers')} name="offers" error={signUp.error}>
              {SANCTUARY_OFFERS.map((o) => (
                <Checkbox
                  key={o}
                  label={t(`offers.${o}`)}
                  checked={form.offers.includes(o)}
                  onChange={(on) => set('offers', on ? [...form.offers, o] : form.offers.filter((x) => x !== o))}
                />
              ))}
            </CheckboxGroup>
            <TextField
              id="business-hours"
              name="hours"
              label={t('join.hours')}
              hint={t('join.hoursHint')}
              value={form.hours}
              onInput={(v) => set('hours', v)}
              error={signUp.error}
              maxLength={120}
            />
          </>
        )}
        {campaigns.length > 0 && (
          <SelectField
            id="business-campaign"
            name="campaignId"
            label={t('join.campaign')}
            placeholder={t('join.noCampaign')}
            options={campaigns.map((c) => ({ value: c.id, label: c.title }))}
            value={campaignId}
            onInput={setCampaignId}
            error={signUp.error}
          />
        )}
        <div class="field">
          <Checkbox
            label={t('join.consent')}
            hint={t('join.consentHint')}
            checked={form.publicConsent}
            onChange={(on) => set('publicConsent', on)}
          />
        </div>
        <TextField
          id="business-contact"
          name="contact"
          label={t('join.contact')}
          hint={t('join.contactHint')}
          value={form.contact}
          onInput={(v) => set('contact', v)}
          error={signUp.error}
          maxLength={200}
        />
        <FormError
          error={signUp.error}
          fields={['name', 'kind', 'address', 'lat', 'lng', 'closing', 'offers', 'hours', 'campaignId', 'contact']}
        />
        <button type="submit" class="button button-primary" disabled={signUp.busy}>
          {t('join.submit')}
        </button>
        <Status message={done === null ? null : t('join.done', { name: done })} />
      </ActionForm>
    </>
  );
}

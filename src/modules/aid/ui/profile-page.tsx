import './aid.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, Checkbox, CheckboxGroup, FormError, Loading, PageTitle, Radio, Status, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { useGet } from '../../../core/web/use-get';
import type { ZoneSummary } from '../../zones/contract';
import { ZoneList } from '../../zones/ui/zone-list';
import type { VolunteerProfile } from '../contract';
import { AID_LANGUAGES, SKILLS, VEHICLES } from '../limits';
import { AidLinks } from './aid-links';

const toggled = <T,>(list: readonly T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));

/** /aid/profile — where and how the volunteer can help; it filters the task list (nothing chosen: everything). */
export function ProfilePage() {
  const t = useT('aid');
  const saved = useGet<VolunteerProfile & { saved: boolean }>('/api/aid/volunteer');
  const zones = useGet<{ zones: ZoneSummary[] }>('/api/zones');
  const [profile, setProfile] = useState<VolunteerProfile | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    if (saved.data) setProfile(saved.data);
  }, [saved.data]);
  const save = useAction(async () => {
    setMessage(null);
    setProfile(await api.put<VolunteerProfile>('/api/aid/volunteer', profile));
    setMessage(t('profile.saved'));
  });
  const error = saved.error ?? zones.error;
  if (error) return <FormError error={error} />;
  if (!profile || !zones.data) return <Loading />;
  const set = (change: Partial<VolunteerProfile>) => {
    setMessage(null);
    setProfile({ ...profile, ...change });
  };

  return (
    <>
      <PageTitle title={t('profile.title')} />
      <p>{t('profile.intro')}</p>
      <AidLinks />
      <ActionForm noValidate action={save}>
        <CheckboxGroup legend={t('profile.skills')} name="skills" hint={t('profile.skillsHint')} error={save.error}>
          {SKILLS.map((s) => (
            <Checkbox
              key={s}
              label={t(`skills.${s}`)}
              checked={profile.skills.includes(s)}
              onChange={(on) => set({ skills: toggled(profile.skills, s, on) })}
            />
          ))}
        </CheckboxGroup>
        <CheckboxGroup legend={t('profile.languages')} name="languages" hint={t('profile.languagesHint')} error={save.error}>
          <div class="aid-checks">
            {AID_LANGUAGES.map((l) => (
              <Checkbox
                key={l}
                label={t(`languages.${l}`)}
                checked={profile.languages.includes(l)}
                onChange={(on) => set({ languages: toggled(profile.languages, l, on) })}
              />
            ))}
          </div>
        </CheckboxGroup>
        <fieldset class="field">
          <legend>{t('profile.vehicle')}</legend>
          {VEHICLES.map((v) => (
            <Radio
              key={v}
              id={`vehicle-${v}`}
              name="vehicle"
              value={v}
              checked={profile.vehicle === v}
              onChoose={() => set({ vehicle: v })}
            >
              {t(`vehicles.${v}`)}
            </Radio>
          ))}
        </fieldset>
        <details class="field">
          <summary>{t('profile.zonesHint', { count: profile.zoneIds.length })}</summary>
          <ZoneList
            zones={zones.data.zones}
            watched={new Set(profile.zoneIds)}
            onChange={(id, on) => set({ zoneIds: toggled(profile.zoneIds, id, on) })}
          />
        </details>
        <FormError error={save.error} fields={['skills', 'languages']} />
        <Status message={message} />
        <button type="submit" class="button button-primary button-wide" disabled={save.busy}>
          {t('profile.save')}
        </button>
      </ActionForm>
    </>
  );
}

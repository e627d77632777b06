import { useEffect, useState } from 'preact/hooks';
import { ApiError, api } from '../../../core/web/api';
import { ActionForm, FormError, Loading, PageTitle, Status, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { Located, WatchedZones, ZoneSummary } from '../contract';
import { MapPanel } from './map-panel';
import { ZoneList } from './zone-list';

/** About 11 m: enough to find a neighbourhood, and the exact point never leaves the phone. */
const round = (deg: number) => Math.round(deg * 1e4) / 1e4;

function currentPosition(): Promise<GeolocationPosition> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) return reject(new ApiError(0, 'geolocation_unavailable', ''));
    navigator.geolocation.getCurrentPosition(
      resolve,
      (err) => reject(new ApiError(0, err.code === err.PERMISSION_DENIED ? 'geolocation_denied' : 'geolocation_unavailable', err.message)),
      {
        enableHighAccuracy: false,
        timeout: 20_000,
        maximumAge: 300_000,
      },
    );
  });
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((id) => b.has(id));

export function ZonesPage() {
  const t = useT('zones');
  const [zones, setZones] = useState<ZoneSummary[] | null>(null);
  const [watched, setWatched] = useState<ReadonlySet<string>>(new Set());
  const [saved, setSaved] = useState<ReadonlySet<string>>(new Set());
  const [loadError, setLoadError] = useState<unknown>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const [located, setLocated] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([api.get<{ zones: ZoneSummary[] }>('/api/zones'), api.get<WatchedZones>('/api/me/zones')]).then(([list, mine]) => {
      const ids = new Set(mine.zoneIds);
      setZones(list.zones);
      setWatched(ids);
      setSaved(ids);
    }, setLoadError);
  }, []);

  const change = (id: string, on: boolean) => {
    setMessage(null);
    setWatched((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };
  const locate = useAction(async () => {
    setLocated(null);
    const { coords } = await currentPosition();
    const { zone } = await api.post<Located>('/api/zones/locate', { lat: round(coords.latitude), lng: round(coords.longitude) });
    if (!zone) return setLocated(t('page.outside'));
    change(zone.id, true);
    setFocus(zone.id);
    setLocated(t('page.located', { name: zone.name }));
  });
  const save = useAction(async () => {
    setMessage(null);
    const result = await api.put<WatchedZones>('/api/me/zones', { zoneIds: [...watched] });
    const ids = new Set(result.zoneIds);
    setWatched(ids);
    setSaved(ids);
    setMessage(t('page.saved'));
  });

  const dirty = !sameSet(watched, saved);
  return (
    <>
      <PageTitle title={t('page.title')} />
      <p>{t('page.intro')}</p>
      <FormError error={loadError} />
      {!zones && !loadError && <Loading />}
      {zones?.length === 0 && <p class="notice">{t('page.none')}</p>}
      {zones && zones.length > 0 && (
        <ActionForm noValidate class="map-layout zones-layout" action={save}>
          <div class="zones-map-column">
            <MapPanel watched={watched} onToggle={(id) => change(id, !watched.has(id))} focus={focus} />
            <div class="locate">
              <button type="button" class="button" disabled={locate.busy} onClick={() => locate.run()} aria-describedby="locate-hint">
                {t('page.locate')}
              </button>
              <p class="hint" id="locate-hint">
                {t('page.locateHint')}
              </p>
              <p class={located ? 'notice notice-ok' : 'hint'} role="status">
                {locate.busy ? t('page.locating') : (located ?? '')}
              </p>
              <FormError error={locate.error} />
            </div>
          </div>
          <ZoneList zones={zones} watched={watched} onChange={change} />
          <div class="save-bar">
            <p>
              {t('page.selected', { count: watched.size })}
              {dirty && <span class="unsaved"> · {t('page.unsaved')}</span>}
            </p>
            <button type="submit" class="button button-primary" disabled={save.busy}>
              {t('page.save')}
            </button>
          </div>
          <FormError error={save.error} />
          <Status message={message} />
        </ActionForm>
      )}
    </>
  );
}

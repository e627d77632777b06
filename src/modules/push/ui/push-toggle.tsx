import { useEffect, useState } from 'preact/hooks';
import { Checkbox, FormError, Status, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { disablePush, enablePush, PushSetupError, type PushState, pushState, refreshPush } from './push-device';

/** "Notify me when the app is closed": Web Push for this device, switched on and off by its owner. */
export function PushToggle() {
  const t = useT('push');
  const [state, setState] = useState<PushState | null>(null);
  const [changed, setChanged] = useState(false);
  const toggle = useAction(async (on: boolean) => {
    setChanged(false);
    try {
      if (on) await enablePush();
      else await disablePush();
    } finally {
      setState(await pushState());
    }
    setChanged(true);
  });

  useEffect(() => {
    let live = true;
    void pushState().then((s) => {
      if (!live) return;
      setState(s);
      if (s === 'on') refreshPush().catch(() => {});
    });
    return () => {
      live = false;
    };
  }, []);

  if (state === null) return null;
  if (state === 'unsupported') return <p class="hint">{t('toggle.unsupported')}</p>;
  const setup = toggle.error instanceof PushSetupError ? toggle.error.reason : null;
  return (
    <div class="push-toggle">
      <Checkbox
        label={t('toggle.label')}
        hint={t('toggle.hint')}
        checked={state === 'on'}
        disabled={toggle.busy || state === 'blocked'}
        onChange={(on) => void toggle.run(on)}
      />
      {state === 'blocked' && <p class="notice notice-error">{t('toggle.blocked')}</p>}
      {setup === 'notAllowed' && (
        <p class="notice notice-error" role="alert">
          {t('toggle.notAllowed')}
        </p>
      )}
      {setup === 'unsupported' && (
        <p class="notice notice-error" role="alert">
          {t('toggle.unsupported')}
        </p>
      )}
      {!setup && <FormError error={toggle.error} />}
      <Status message={changed ? t(state === 'on' ? 'toggle.on' : 'toggle.off') : null} />
    </div>
  );
}

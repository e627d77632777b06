import type { AppContext } from '../../context';
import { demoPrincipal } from '../members';
import { zoneIdsBySlug } from '../zones';
import { setDuty } from './duty';

/** The demo responder is on duty around Powderhorn Park, where the demo reports are. */
export async function seedDemoDispatch(ctx: AppContext) {
  const tou = await demoPrincipal(ctx, 'Tou');
  if (!tou) return;
  const zones = await zoneIdsBySlug(ctx, ['powderhorn-park', 'central']);
  await setDuty(ctx, tou, [...zones.values()]);
}

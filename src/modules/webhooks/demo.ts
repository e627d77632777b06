import type { AppContext } from '../../context';
import { demoPrincipal } from '../members';
import { saveNewEndpoint } from './endpoints';
import { listEndpointRows } from './repository';

/**
 * One switched-off example endpoint, so the demo shows what a connection looks like. Its address is
 * on example.org (reserved for examples), and it is off, so the demo sends nothing anywhere.
 */
export async function seedDemoWebhooks(ctx: AppContext) {
  if ((await listEndpointRows(ctx.db)).length) return;
  await saveNewEndpoint(ctx, await demoPrincipal(ctx, 'Ayaan'), {
    url: 'https://hooks.example.org/whistle',
    description: 'Example: the coalition spreadsheet (demo, switched off)',
    eventTypes: ['pledge.created', 'pledge.threshold_met', 'action.created'],
    active: false,
  });
}

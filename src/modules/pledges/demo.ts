import type { AppContext } from '../../context';
import { DAY } from '../../core/clock';
import { demoPrincipal } from '../members';
import { createCampaign, openCampaign } from './campaigns';
import type { CampaignInput, PledgeInput } from './contract';
import { reconfirmPledge } from './managing';
import { signPledge } from './pledging';

export const DEMO_CAMPAIGN_TITLE = 'No work, no school, no shopping (demo)';

const DEMO_CAMPAIGN = (startsAt: number): CampaignInput => ({
  title: DEMO_CAMPAIGN_TITLE,
  summary:
    'A day without us: stay home from work and school, buy nothing, and close your business, until the raids in our neighbourhoods stop. Made-up data for trying Whistle out.',
  demands: [
    'End the raids in our neighbourhoods',
    'No cooperation between city police and federal agents',
    'Safe schools, workplaces and places of worship',
  ],
  asks: ['no_work', 'no_school', 'no_shopping', 'close_business'],
  startsAt,
  endsAt: startsAt + DAY,
  translations: {
    es: {
      title: 'Sin trabajo, sin escuela, sin compras (demo)',
      summary:
        'Un día sin nosotros: no vayas al trabajo ni a la escuela, no compres nada y cierra tu negocio, hasta que paren las redadas. Datos inventados.',
      demands: [
        'Fin de las redadas en nuestros barrios',
        'Ninguna cooperación entre la policía y los agentes federales',
        'Escuelas, trabajos y templos seguros',
      ],
    },
    so: {
      title: 'Shaqo la’aan, dugsi la’aan, wax iibsi la’aan (demo)',
      summary: 'Maalin annaga la’aanteen: ha tagin shaqada iyo dugsiga, waxba ha iibsan, ganacsigaagana xir. Xog la sameeyay.',
    },
    hmn: { title: 'Tsis ua haujlwm, tsis mus kawm ntawv, tsis yuav khoom (demo)' },
  },
  thresholdOptions: [
    { scope: 'workplace', count: 5 },
    { scope: 'union_local', count: 10 },
    { scope: 'city', count: 500 },
  ],
});

const LAKEVIEW = 'Lakeview Bakery (demo)';
const MIDTOWN = 'Midtown Laundry (demo)';
const LOCAL = 'Hotel & Restaurant Workers Local 00 (demo)';

/**
 * Made-up signers: at Lakeview Bakery two threshold signers and three others meet the workplace
 * threshold of 5 (one has reconfirmed since); at Midtown Laundry three wait on it at 4 of 5.
 */
function demoPledges(campaign: { thresholdOptions: { id: string; scope: string }[] }): PledgeInput[] {
  const option = (scope: string) => campaign.thresholdOptions.find((o) => o.scope === scope)?.id;
  const plain = (n: number, extra: Partial<PledgeInput> = {}): PledgeInput => ({
    kind: 'plain',
    name: `Demo signer ${n}`,
    contactConsent: false,
    asks: ['no_work', 'no_shopping'],
    ...extra,
  });
  const waiting = (n: number, scope: string, extra: Partial<PledgeInput>): PledgeInput => ({
    ...plain(n, extra),
    kind: 'threshold',
    thresholdOptionId: option(scope),
  });
  return [
    waiting(1, 'workplace', { workplace: LAKEVIEW }),
    waiting(2, 'workplace', { workplace: LAKEVIEW, unionLocal: LOCAL }),
    plain(3, { workplace: LAKEVIEW }),
    plain(4, { workplace: LAKEVIEW, contact: 'demo-signer-4@example.org', contactConsent: true }),
    plain(5, { workplace: LAKEVIEW, unionLocal: LOCAL }),
    waiting(6, 'workplace', { workplace: MIDTOWN }),
    waiting(7, 'workplace', { workplace: MIDTOWN }),
    waiting(8, 'workplace', { workplace: MIDTOWN }),
    plain(9, { workplace: MIDTOWN }),
    waiting(10, 'union_local', { unionLocal: LOCAL }),
    plain(11, { school: 'Roosevelt High (demo)', asks: ['no_school', 'no_shopping'] }),
    plain(12, { asks: ['close_business', 'no_shopping'] }),
  ];
}

export async function seedDemoPledges(ctx: AppContext) {
  if (await ctx.db.selectFrom('campaign').select('id').limit(1).executeTakeFirst()) return;
  const organiser = await demoPrincipal(ctx, 'Ayaan');
  const draft = await createCampaign(ctx, organiser, DEMO_CAMPAIGN(ctx.clock.now() + 14 * DAY), { demo: true });
  const campaign = await openCampaign(ctx, organiser, draft.id);
  const signed = [];
  for (const pledge of demoPledges(campaign)) signed.push(await signPledge(ctx, null, campaign.id, pledge));
  await reconfirmPledge(ctx, null, { token: signed[0].manageToken });
}

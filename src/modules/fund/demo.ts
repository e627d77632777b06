import type { AppContext } from '../../context';
import { DAY } from '../../core/clock';
import { demoPrincipal } from '../members';
import type { FundInput } from './contract';
import { recordDonation } from './donations-service';
import { createFund } from './funds-service';

/**
 * Three made-up funds with made-up donations, and nothing paid out: the demo's open rent request (aid)
 * and its family cases are there for organisers and caseworkers to ask the fund to pay.
 */
const DEMO_FUNDS: (FundInput & { donations: number[] })[] = [
  {
    name: 'Legal defense fund',
    description:
      'Lawyers, bonds and court costs for neighbours facing detention or deportation proceedings. Open to any worker, union or not.',
    translations: {
      es: {
        name: 'Fondo de defensa legal',
        description:
          'Abogados, fianzas y costos judiciales para vecinos que enfrentan detención o procesos de deportación. Abierto a cualquier trabajador, sindicalizado o no.',
      },
      so: {
        name: 'Sanduuqa difaaca sharciga',
        description:
          'Qareenno, dammaanad iyo kharashka maxkamadda ee deriskeenna wajahaya xarig ama dacwad masaafurin. U furan shaqaale kasta, urur ku jira iyo kuwa aan ku jirin.',
      },
      hmn: {
        name: 'Nyiaj pab kev cai lij choj',
        description:
          'Kws lij choj, nyiaj bond thiab nqi tsev hais plaub rau cov neeg zej zog uas raug ntes lossis raug foob kom xa rov qab. Qhib rau txhua tus neeg ua hauj lwm, koom union los tsis koom.',
      },
    },
    goalCents: 15_000_000,
    public: true,
    donations: [250_000, 5_000, 120_000, 2_500, 1_000_000, 7_500, 50_000, 300_000, 10_000, 2_000, 45_000, 1_850_000],
  },
  {
    name: 'Rent relief',
    description: 'Rent and utility bills for households that lost income after a raid or a detention.',
    translations: {
      es: {
        name: 'Ayuda para la renta',
        description: 'Renta y servicios para hogares que perdieron ingresos tras una redada o una detención.',
      },
      so: { name: 'Gargaarka kirada', description: 'Kirada iyo biilasha qoysaska dakhligoodu lumay kadib weerar ama xarig.' },
      hmn: {
        name: 'Nyiaj pab them tsev',
        description: 'Nqi xauj tsev thiab nqi hluav taws dej rau tsev neeg uas poob nyiaj tom qab raug tawm tsam lossis raug ntes.',
      },
    },
    goalCents: 4_000_000,
    public: true,
    donations: [100_000, 25_000, 500_000, 15_000, 280_000],
  },
  {
    name: 'Family support',
    description: 'Food, childcare and rides for the families of neighbours who were detained.',
    translations: {
      es: { name: 'Apoyo familiar', description: 'Comida, cuidado infantil y transporte para las familias de vecinos detenidos.' },
      so: { name: 'Taageerada qoyska', description: 'Cunto, daryeelka carruurta iyo gaadiid qoysaska deriskii la xiray.' },
      hmn: {
        name: 'Kev txhawb tsev neeg',
        description: 'Zaub mov, kev saib me nyuam thiab kev caij tsheb rau tsev neeg ntawm cov neeg raug ntes.',
      },
    },
    goalCents: 2_500_000,
    public: true,
    donations: [30_000, 12_500, 200_000, 7_500],
  },
];

const METHODS = ['online', 'cash', 'check', 'online', 'other'] as const;
const isoDay = (at: number) => new Date(at).toISOString().slice(0, 10);

export async function seedDemoFunds(ctx: AppContext) {
  if (await ctx.db.selectFrom('fund').select('id').limit(1).executeTakeFirst()) return;
  const ayaan = await demoPrincipal(ctx, 'Ayaan');
  const now = ctx.clock.now();
  for (const { donations, ...fund } of DEMO_FUNDS) {
    const { id } = await createFund(ctx, ayaan, fund, { demo: true });
    for (const [i, amountCents] of donations.entries())
      await recordDonation(ctx, ayaan, {
        fundId: id,
        amountCents,
        receivedOn: isoDay(now - (donations.length - i) * 3 * DAY),
        method: METHODS[i % METHODS.length],
      });
  }
}

import type { AppContext } from '../../context';
import { AppError } from '../../core/errors';
import { demoPrincipal } from '../members';
import { addNote } from './case-items-service';
import { openCase } from './cases-service';
import type { NewCase } from './contract';

/** Two made-up households, both worked by Grace (demo caseworker); every text says "demo". */
const DEMO_CASES: (Omit<NewCase, 'address'> & { address?: string; notes: string[] })[] = [
  {
    label: 'Household at Cedar 3 (demo)',
    contact: 'Aunt answers the phone after 6 pm (demo)',
    household: 'Two children, 6 and 11, at the neighbourhood elementary school; Spanish at home (demo)',
    language: 'Spanish',
    needs: [
      { kind: 'childcare', detail: 'After-school pickup on weekdays (demo)' },
      { kind: 'rent', detail: "This month's rent, due on the 1st (demo)" },
      { kind: 'legal_referral', detail: 'Referred to the legal clinic on Thursday (demo)' },
    ],
    notes: ['First visit: the family is safe and staying together (demo).', 'Legal clinic called back; appointment on Thursday (demo).'],
  },
  {
    label: 'Household near Lake Street (demo)',
    contact: 'Text the older son (demo)',
    address: 'Ask the caseworker (demo)',
    household: 'Mother and three children, 2, 9 and 15; Hmong and English (demo)',
    language: 'Hmong',
    needs: [
      { kind: 'food', detail: 'Groceries twice a week (demo)' },
      { kind: 'school_contact', detail: 'Tell the school counsellor (demo)' },
      { kind: 'translation', detail: 'Interpreter for the school meeting (demo)' },
    ],
    notes: ['Met the family with an interpreter (demo).'],
  },
];

export async function seedDemoFamilies(ctx: AppContext) {
  if (await ctx.db.selectFrom('familyCase').select('id').limit(1).executeTakeFirst()) return;
  const grace = await demoPrincipal(ctx, 'Grace');
  if (!grace) return;
  try {
    for (const { notes, address, ...fields } of DEMO_CASES) {
      const { id } = await openCase(ctx, grace, { ...fields, address: address ?? null }, { demo: true });
      for (const note of notes) await addNote(ctx, grace, id, note);
    }
  } catch (err) {
    // Without a usable key there are no cases to show: the rest of the demo still starts.
    if (!(err instanceof AppError && err.status === 503)) throw err;
    ctx.log.warn('families: no demo cases', { code: err.code });
  }
}

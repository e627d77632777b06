import type { AppContext } from '../../context';
import { DAY } from '../../core/clock';
import { hashToken, secretToken } from '../../core/ids';
import { demoPrincipal } from '../members';
import type { NewSurvey } from './contract';
import { groupKey } from './groups';
import { ensureGroup, insertAnswer } from './repository';
import { createSurvey } from './service';

/**
 * Answers per group and option. Made-up workplaces: three large enough to show, two too small, whose
 * pool of 9 then takes in the smallest shown group (the clinic) so that neither can be worked out.
 */
const WORKPLACE_ANSWERS: [group: string, counts: number[]][] = [
  ['Lake Street Hotel (demo)', [26, 5, 3]],
  ['Midtown Bakery (demo)', [11, 4, 3]],
  ['Cedar Clinic (demo)', [8, 2, 2]],
  ['Northside Warehouse (demo)', [4, 1, 1]],
  ['Corner Café (demo)', [2, 1, 0]],
];
/** Seven answers in all: too few for any figure. */
const SCHOOL_ANSWERS: [group: string, counts: number[]][] = [
  ['Roosevelt High (demo)', [3, 1]],
  ['South High (demo)', [2, 1]],
];

const SURVEYS: { survey: Omit<NewSurvey, 'closesAt'>; answers: typeof WORKPLACE_ANSWERS }[] = [
  {
    survey: {
      question: 'Will you go to work on the day of action? (demo)',
      options: ['No, I will stay out', 'Yes, I will go to work', 'Not sure yet'],
      groupKind: 'workplace',
      groups: WORKPLACE_ANSWERS.map(([group]) => group),
      resultsVisibility: 'public',
    },
    answers: WORKPLACE_ANSWERS,
  },
  {
    survey: {
      question: 'Will students at your school walk out? (demo)',
      options: ['Yes', 'No'],
      groupKind: 'school',
      groups: [],
      resultsVisibility: 'members',
    },
    answers: SCHOOL_ANSWERS,
  },
];

/**
 * Demo answers come from people who are not members of the demo network, so they have no respondent
 * row: each is an answer under a ballot nobody holds.
 */
export async function seedDemoSurveys(ctx: AppContext) {
  if (await ctx.db.selectFrom('survey').select('id').limit(1).executeTakeFirst()) return;
  const ayaan = await demoPrincipal(ctx, 'Ayaan');
  for (const { survey, answers } of SURVEYS) {
    const created = await createSurvey(ctx, ayaan, { ...survey, closesAt: ctx.clock.now() + 30 * DAY }, { demo: true });
    await ctx.db.transaction().execute(async (tx) => {
      for (const [group, counts] of answers) {
        await ensureGroup(tx, { surveyId: created.id, groupKey: groupKey(group), label: group, predefined: 0 });
        for (const [option, n] of counts.entries()) {
          for (let i = 0; i < n; i++)
            await insertAnswer(tx, { surveyId: created.id, ballotHash: hashToken(secretToken()), groupKey: groupKey(group), option });
        }
      }
    });
  }
}

import { toLocalInput } from '../../../core/web/local-input';
import type { Campaign, CampaignAsk, CampaignInput, CampaignTranslations, ThresholdScope } from '../contract';
import { TRANSLATIONS } from './choices';

/** What the campaign form holds: text as typed, turned into the API's input on saving. */
export interface CampaignDraft {
  title: string;
  summary: string;
  demands: string;
  asks: CampaignAsk[];
  startsAt: string;
  endsAt: string;
  thresholds: { scope: ThresholdScope; count: string }[];
  translations: Record<(typeof TRANSLATIONS)[number], { title: string; summary: string; demands: string }>;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

const emptyTranslation = { title: '', summary: '', demands: '' };

/** The form's starting point: the campaign being edited, or a new one asking for the three usual things. */
export function draftOf(c: Campaign | null): CampaignDraft {
  const translations = Object.fromEntries(
    TRANSLATIONS.map((l) => {
      const tr = c?.translations[l];
      return [l, tr ? { title: tr.title ?? '', summary: tr.summary ?? '', demands: (tr.demands ?? []).join('\n') } : emptyTranslation];
    }),
  ) as CampaignDraft['translations'];
  return {
    title: c?.title ?? '',
    summary: c?.summary ?? '',
    demands: (c?.demands ?? []).join('\n'),
    asks: c?.asks ?? ['no_work', 'no_school', 'no_shopping'],
    startsAt: c ? toLocalInput(c.startsAt) : '',
    endsAt: c ? toLocalInput(c.endsAt) : '',
    thresholds: (c?.thresholdOptions ?? []).map((o) => ({ scope: o.scope, count: String(o.count) })),
    translations,
  };
}

/** Empty translated parts are left out, so that readers see the original there. */
function translationsOf(draft: CampaignDraft): CampaignTranslations {
  const out: CampaignTranslations = {};
  for (const l of TRANSLATIONS) {
    const tr = draft.translations[l];
    const demands = lines(tr.demands);
    const part = {
      ...(tr.title.trim() ? { title: tr.title } : {}),
      ...(tr.summary.trim() ? { summary: tr.summary } : {}),
      ...(demands.length ? { demands } : {}),
    };
    if (Object.keys(part).length) out[l] = part;
  }
  return out;
}

/** An unreadable time or count goes to the server as null, which names the field at fault. */
const timeOf = (value: string) => (value ? new Date(value).getTime() : Number.NaN);
const numberOr = (n: number) => (Number.isFinite(n) ? n : (null as unknown as number));

export function inputOf(draft: CampaignDraft): CampaignInput {
  return {
    title: draft.title,
    summary: draft.summary,
    demands: lines(draft.demands),
    asks: draft.asks,
    startsAt: numberOr(timeOf(draft.startsAt)),
    endsAt: numberOr(timeOf(draft.endsAt)),
    translations: translationsOf(draft),
    thresholdOptions: draft.thresholds.map((o) => ({ scope: o.scope, count: numberOr(Number.parseInt(o.count, 10)) })),
  };
}

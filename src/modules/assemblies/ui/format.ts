import { dateTimeFormat } from '../../../core/web/dates';
import type { Language } from '../../../core/web/i18n';

const enc = encodeURIComponent;
export const assemblyPath = (id: string) => `/assemblies/${enc(id)}`;
export const assemblyApi = (id: string) => `/api/assemblies/${enc(id)}`;
export const meetingPath = (id: string) => `/assemblies/meetings/${enc(id)}`;
export const meetingApi = (id: string) => `/api/assemblies/meetings/${enc(id)}`;
export const proposalPath = (id: string) => `/assemblies/proposals/${enc(id)}`;
export const proposalApi = (id: string) => `/api/assemblies/proposals/${enc(id)}`;
export const newProposalPath = (assemblyId: string, meetingId?: string) =>
  `/assemblies/proposals/new?assembly=${enc(assemblyId)}${meetingId ? `&meeting=${enc(meetingId)}` : ''}`;

/** "Sat 25 Jan, 19:00" in the reader's language and the phone's time zone. */
export const formatWhen = (ms: number, lang: Language) =>
  dateTimeFormat(lang, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(ms);

export { fromLocalInput } from '../../../core/web/local-input';

import { dateTimeFormat } from '../../../../core/web/dates';
import type { Language } from '../../../../core/web/i18n';

const enc = encodeURIComponent;
export const assemblyPath = (id: string) => `/assemblies/${enc(id)}`;
export const delegatesPath = (id: string) => `${assemblyPath(id)}/delegates`;
export const delegatesApi = (id: string) => `/api/assemblies/${enc(id)}/delegates`;
export const delegateElectionsApi = (id: string) => `/api/assemblies/${enc(id)}/delegate-elections`;
export const electionPath = (id: string) => `/elections/${enc(id)}`;

export const formatDate = (ms: number, lang: Language) => dateTimeFormat(lang, { dateStyle: 'medium' }).format(ms);
export const formatTime = (ms: number, lang: Language) =>
  dateTimeFormat(lang, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(ms);

export { fromLocalInput, toLocalInput } from '../../../../core/web/local-input';

/** Strings of the `webhooks` module (namespace `webhooks`). */
export const en = { title: 'Webhooks' };

/** Strings of the `events` module (namespace `events`). */
export const en = { title: 'Events' };

/** Strings of the `pledges` module (namespace `pledges`). */
export const en = { title: 'Pledges' };

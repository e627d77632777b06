/** Strings of the `businesses` module (namespace `businesses`). */
export const en = { title: 'Businesses' };

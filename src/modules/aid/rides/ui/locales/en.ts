/** Strings of the rides pages (namespace `rides`). */
export const en = {
  nav: {},
};

/** Strings of the peacekeeping pages (namespace `peacekeeping`). */
export const en = {
  nav: {},
};

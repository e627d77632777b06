/** Strings of the families pages (namespace `families`). */
export const en = {
  nav: {},
};

/** Strings of the fund pages (namespace `fund`). */
export const en = {
  nav: {},
};

/** Strings of the aid pages (namespace `aid`). */
export const en = {
  nav: {},
};

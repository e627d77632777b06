/** Strings of the patrols pages (namespace `patrols`). */
export const en = {
  nav: {},
};

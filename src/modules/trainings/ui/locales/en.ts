/** Strings of the trainings pages (namespace `trainings`). */
export const en = {
  nav: {},
};

/** Strings of the `surveys` module (namespace `surveys`). */
export const en = { title: 'Surveys' };

/** Strings of the `tracker` module (namespace `tracker`). */
export const en = { title: 'Tracker' };

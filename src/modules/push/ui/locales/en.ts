/** Strings of the push toggle (namespace `push`). */
export const en = {
  toggle: {
    label: 'Notify me when the app is closed',
    hint: 'For alerts in your zones, this device then shows “Whistle – Open the app”. The notification says nothing else: open the app to read the alert.',
    on: 'Notifications are on for this device.',
    off: 'Notifications are off for this device.',
    unsupported:
      'This browser cannot notify you while the app is closed. On an iPhone, add Whistle to the Home Screen first, then open it from there.',
    blocked: 'Notifications are blocked for this site. Allow them in the browser’s site settings, then come back here.',
    notAllowed: 'Notifications were not allowed, so nothing changed.',
  },
};

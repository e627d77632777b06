/** Strings of evidence uploads and lists (namespace `evidence`). */
export const en = {
  page: { title: 'Evidence', report: 'Back to the report' },
  upload: {
    title: 'Add photos or videos',
    intro: 'If it is safe, add what you recorded. Never put yourself at risk to take pictures.',
    privacy:
      'Location and other hidden data (time, phone model) are removed from the copies shown to the team. The original file is kept unchanged for legal use only.',
    videoNote: 'Videos are kept as the original only and are not shown to the team, because their hidden data cannot be removed.',
    camera: 'Take a photo or video',
    choose: 'Choose from this device',
    sending: 'Sending {{name}}: {{percent}}%',
    added: '{{name}} was added.',
    addedOriginalOnly: '{{name}} was added. It is kept as the original only.',
    failed: '{{name}} was not added: {{reason}}',
  },
  list: {
    title: 'Photos and videos',
    none: 'No photos or videos yet.',
    viewRecorded: 'Every view and download is recorded in the chain of custody.',
    itemTitle: '{{kind}} {{number}}',
    photo: 'Photo',
    video: 'Video',
    details: '{{type}}, {{size}}, added {{when}}',
    sizeKb: '{{value}} KB',
    sizeMb: '{{value}} MB',
    fromReporter: 'from the reporter',
    fromMember: 'from a team member',
    shared: 'Location removed',
    originalOnly: 'Original only',
    held: 'Held',
    notShareable: 'Not shown to the team: hidden data such as the location cannot be removed from videos.',
    view: 'View (location removed)',
    original: 'Download original (with location)',
    hold: 'Hold',
    release: 'Release',
    hashes: 'Fingerprints (SHA-256)',
    hashOriginal: 'Original',
    hashShared: 'Shared copy',
  },
  export: {
    title: 'For a lawyer',
    intro:
      'A ZIP file with every original, the shared copies, their fingerprints and the chain of custody. Each export is recorded. Held items are kept after the incident closes.',
    button: 'Export evidence (ZIP)',
  },
  timeline: {
    // Names of this feature's steps in an incident's timeline (shown by the reports page).
    actions: {
      evidence_uploaded: 'Photo or video added',
      evidence_original_viewed: 'Original photo or video opened',
      evidence_exported: 'Evidence exported for a lawyer',
      evidence_held: 'Evidence held by a caseworker',
      evidence_released: 'Evidence released',
    },
  },
};

import type { Org } from '../../contract';

/** Strings of the organisations page (namespace `orgs`). */
export const en = {
  nav: { orgs: 'Organisations', orgsHint: 'The groups that make up this network, and adding yours.' },
  title: 'Organisations',
  intro:
    'The unions, faith communities, neighbourhood groups and others that make up this network. Verified organisations are listed publicly.',
  kinds: {
    union_local: 'Union local',
    faith: 'Faith community',
    community: 'Community group',
    student: 'Student group',
    legal: 'Legal support',
    other: 'Other',
  } satisfies Record<Org['kind'], string>,
  list: {
    title: 'In this network',
    count: 'Organisations: {{count}}',
    waitingCount: 'Waiting for verification: {{count}}',
    none: 'No organisations yet.',
    kind: 'Kind',
    waiting: 'Waiting for verification',
    verifyHint: 'Verifying lists an organisation publicly. First check that it is real and that someone in it knows.',
    verify: 'Verify',
    verifyFor: 'Verify {{name}}',
    verified: '{{name}} is verified and now listed publicly.',
  },
  form: {
    title: 'Add an organisation',
    intro: 'It will be listed publicly only after an organiser verifies it. Until then, only members who have been vouched for can see it.',
    nameLabel: 'Name',
    nameHint: 'As the organisation calls itself: 2 to 120 characters.',
    kindLabel: 'Kind',
    kindChoose: 'Choose a kind',
    descriptionLabel: 'Description (optional)',
    descriptionHint:
      'What it does, in a sentence or two (up to 1,000 characters). It will be public: no names of people, addresses or meeting places.',
    submit: 'Add organisation',
    added: '{{name}} was added. It waits for an organiser to verify it.',
  },
  notTrusted: 'Once members vouch for you, you can add an organisation here.',
};

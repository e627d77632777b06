/** Strings of the audit log page (namespace `audit`). */
export const en = {
  nav: { audit: 'Audit log', auditHint: 'Who did what, and when: for admins.' },
  title: 'Audit log',
  intro: 'Every change in the network, newest first. It records member ids and roles, never addresses or devices.',
  caption: 'Audit log entries, newest first',
  columns: { at: 'Time', member: 'Member', roles: 'Roles', action: 'Action', object: 'Object' },
  system: 'System',
  empty: 'Nothing recorded yet.',
  loadMore: 'Load more',
  loadingMore: 'Loading more entries…',
};

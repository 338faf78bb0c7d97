// The API's floors (docs/architecture.md#floors): every folder of apps/api/src sits on one. A folder
// imports from its own floor and the floors below, never from a floor above; files directly in
// apps/api/src are the composition root, which may import anything and which nothing imports.
export const API_ROOT = 'apps/api/src';

export const FLOORS = [
  {
    name: 'kernel',
    folders: [
      'config',
      'logging',
      'database',
      'graphql',
      'access',
      'audit',
      'realtime',
      'security',
      'health',
    ],
  },
  {
    name: 'building blocks',
    folders: [
      'people',
      'identity',
      'consent',
      'staff',
      'groups',
      'spaces',
      'sessions',
      'ties',
      'screening',
      'blocks',
      'places',
    ],
  },
  {
    name: 'features',
    folders: [
      'help',
      'exchanges',
      'discovery',
      'calendar',
      'moderation',
      'safeguarding',
      'oruk',
      'neighbours',
      'data-rights',
      'connections',
      'going',
      'partnerships',
      'check-in',
      'recommendations',
      'analytics',
    ],
  },
];

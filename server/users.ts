/**
 * Who can sign in. The reference server is given a fixed directory (demo people, or those given to
 * createApp): it seeds the `people` table at start (server/people.ts), whose rows then win: a
 * correction, a disabled staff account or an erasure there is what sessions and routes see.
 */

export type Role = 'client' | 'mandatary' | 'broker';

export interface User {
  /** Stable id: the demo switcher and the tests name people by it. */
  id: string;
  role: Role;
  /** The broker office the person belongs to (a client's broker, a staff member's employer); default `main`. */
  office?: string;
  /** A broker's staff role in their office: `reviewer` checks and activates; `admin` also publishes and exports. */
  staffRole?: 'reviewer' | 'admin';
  displayName: string;
  email: string;
  kind?: 'natural' | 'legal';
  /** The pseudonymous client number consent records use as `subject`. */
  clientRef?: string;
  givenName?: string;
  familyName?: string;
  legalName?: string;
  enterpriseNumber?: string;
  seat?: string;
  representative?: { givenName: string; familyName: string; capacity: string };
  /** Known to the site, shown only to the person themself (`GET /session`), never in lists. */
  birthDate?: string;
  phone?: string;
}

export const DEMO_USERS: readonly User[] = [
  {
    id: 'anne',
    role: 'client',
    kind: 'natural',
    displayName: 'Anne Dupont',
    givenName: 'Anne',
    familyName: 'Dupont',
    email: 'anne.dupont@example.com',
    clientRef: 'C-100231',
    birthDate: '1968-03-14',
    phone: '+32 470 12 34 56',
  },
  {
    id: 'jan',
    role: 'client',
    kind: 'natural',
    displayName: 'Jan Peeters',
    givenName: 'Jan',
    familyName: 'Peeters',
    email: 'jan.peeters@example.com',
    clientRef: 'C-100478',
    birthDate: '1991-11-02',
  },
  {
    id: 'acme',
    role: 'client',
    kind: 'legal',
    displayName: 'ACME SA',
    legalName: 'ACME SA',
    enterpriseNumber: '0123.456.749',
    seat: 'Rue de la Loi 16, 1000 Bruxelles',
    representative: { givenName: 'Marie', familyName: 'Lambert', capacity: 'gérante' },
    email: 'marie.lambert@acme.example.com',
    clientRef: 'C-200114',
  },
  // Mandates name bram.janssens@example.com as mandatary: he then sees the grants he holds.
  {
    id: 'bram',
    role: 'mandatary',
    displayName: 'Bram Janssens',
    givenName: 'Bram',
    familyName: 'Janssens',
    email: 'bram.janssens@example.com',
  },
  {
    id: 'claire',
    role: 'broker',
    office: 'main',
    staffRole: 'admin',
    displayName: 'Claire Martin',
    givenName: 'Claire',
    familyName: 'Martin',
    email: 'claire.martin@broker.example.com',
  },
  {
    id: 'lucas',
    role: 'broker',
    office: 'main',
    staffRole: 'reviewer',
    displayName: 'Lucas Dubois',
    givenName: 'Lucas',
    familyName: 'Dubois',
    email: 'lucas.dubois@broker.example.com',
  },
  // A second office, in the demo only (DEMO_OFFICES): its staff and clients see nothing of `main`'s, nor `main` of theirs.
  {
    id: 'pieter',
    role: 'broker',
    office: 'nord',
    staffRole: 'admin',
    displayName: 'Pieter Claes',
    givenName: 'Pieter',
    familyName: 'Claes',
    email: 'pieter.claes@nord.example.com',
  },
  {
    id: 'sofie',
    role: 'client',
    office: 'nord',
    kind: 'natural',
    displayName: 'Sofie Maes',
    givenName: 'Sofie',
    familyName: 'Maes',
    email: 'sofie.maes@example.com',
    clientRef: 'C-300017',
  },
];

/** A broker office (`createApp({ offices })`, the `offices` table): its id, name and the host names that reach it. */
export interface Office {
  id: string;
  name: string;
  hosts?: string[];
}

/** The demo's second office (the first, `main`, is every server's). */
export const DEMO_OFFICES: readonly Office[] = [{ id: 'nord', name: 'Assurances du Nord' }];

/** What a site's `authenticate` hook returns (auth.ts): a person in the directory's shape. */
export type Person = User;

/** The normalised mailbox: lower case, `+tag` dropped, as `sameMailbox` in the model compares them. */
export function mailboxKey(email: string): string {
  const [local = '', domain = ''] = email
    .trim()
    .toLowerCase()
    .split(/@(?=[^@]*$)/);
  return `${local.split('+')[0]}@${domain}`;
}

import type { User } from '../../users.js';

/** What the switcher and lists may show about a person: no birth date, no phone. */
export const publicUser = (u: User) => ({
  id: u.id,
  role: u.role,
  displayName: u.displayName,
  email: u.email,
  ...(u.kind && { kind: u.kind }),
  ...(u.clientRef && { clientRef: u.clientRef }),
  ...(u.givenName && { givenName: u.givenName, familyName: u.familyName }),
  ...(u.legalName && {
    legalName: u.legalName,
    enterpriseNumber: u.enterpriseNumber,
    seat: u.seat,
    representative: u.representative,
  }),
});

/**
 * What the person themself is told about themself: the public part, plus birth date and phone to
 * prefill their forms, and a broker's staff role (the desk shows the staff tab to an admin only).
 */
export const selfUser = (u: User) => ({
  ...publicUser(u),
  ...(u.birthDate && { birthDate: u.birthDate }),
  ...(u.phone && { phone: u.phone }),
  ...(u.role === 'broker' && u.staffRole && { staffRole: u.staffRole }),
});

/** Role or shared mailboxes that DOMAIN.md §2 refuses (004: an address must be used by one person only). */
export const DEFAULT_ROLE_LOCAL_PARTS: readonly string[] = [
  'info',
  'contact',
  'admin',
  'administration',
  'office',
  'secretariat',
  'secretariaat',
  'accueil',
  'reception',
  'onthaal',
  'facturation',
  'billing',
  'facturatie',
  'boekhouding',
  'comptabilite',
  'accounting',
  'compta',
  'noreply',
  'no-reply',
  'support',
  'help',
  'service',
  'sales',
  'vente',
  'verkoop',
  'team',
  'hello',
  'bonjour',
  'mail',
  'post',
  'webmaster',
  'postmaster',
  'hostmaster',
  'abuse',
  'rh',
  'hr',
  'jobs',
  'direction',
  'directie',
  'cabinet',
  'praktijk',
  'general',
  'algemeen',
];

const normalise = (email: string) => {
  const [local = '', domain = ''] = email
    .trim()
    .toLowerCase()
    .split(/@(?=[^@]*$)/);
  // "anne+work@x" and "anne@x" reach the same person's mailbox.
  return { local: local.split('+')[0], domain };
};

export function sameMailbox(a: string, b: string): boolean {
  const x = normalise(a);
  const y = normalise(b);
  return x.local === y.local && x.domain === y.domain;
}

export function isRoleAddress(email: string, roleLocalParts: readonly string[] = DEFAULT_ROLE_LOCAL_PARTS): boolean {
  const { local } = normalise(email);
  return roleLocalParts.some((r) => local === r.toLowerCase());
}

/** Belgian enterprise number (KBO/BCE): 10 digits, starting 0 or 1, the last two = 97 - (first eight mod 97). */
export function checkEnterpriseNumber(input: string): boolean {
  const digits = input.replace(/^BE/i, '').replace(/[\s.-]/g, '');
  if (!/^[01]\d{9}$/.test(digits)) return false;
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

/** Formats a valid enterprise number the way the register shows it: 0123.456.749. */
export function formatEnterpriseNumber(input: string): string {
  const d = input.replace(/^BE/i, '').replace(/\D/g, '');
  return d.length === 10 ? `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}` : input;
}

/**
 * The person's choice about audience measurement, kept first-party (a cookie or
 * localStorage) for 13 months counted from the moment of the choice. The stored
 * value carries that moment: reading never rewrites it and visits never extend it;
 * once it has expired it is removed and the person is asked again.
 */
/** Anything but `local` means the cookie (the standalone script passes its attribute as written). */
export type StorageKind = 'cookie' | 'local';
export interface Choice {
  opposed: boolean;
  /** When the person chose, in milliseconds since the epoch. */
  at: number;
}

export const CHOICE_KEY = 'procura_audience_opposition';
/** CNIL doctrine on audience-measurement trackers and their data (DOMAIN.md §4). */
export const LIFETIME_MONTHS = 13;

/** The moment a choice made at `at` stops counting: 13 calendar months later (31 Jan → 28/29 Feb). */
export function expiryOf(at: number): number {
  const d = new Date(at);
  const day = d.getUTCDate();
  d.setUTCMonth(d.getUTCMonth() + LIFETIME_MONTHS);
  // 31 January + 13 months overflows into March: step back to the last day of February.
  return d.getUTCDate() < day ? d.setUTCDate(0) : +d;
}

/** The value of the first-party cookie `name`, if there is one. */
export const readCookie = (name: string): string | undefined =>
  `; ${document.cookie}`.split(`; ${name}=`)[1]?.split(';')[0];

function local(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined; // storage blocked: the choice lives for this page only
  }
}

/** A choice as stored (`<0|1>.<ms>`) if it is still valid at `now`: not expired, not garbled, not dated ahead. */
export function parseChoice(raw: string | null | undefined, now: number): Choice | undefined {
  const m = /^([01])\.(\d{1,15})$/.exec(raw as string);
  const at = +(m?.[2] as string); // NaN when garbled: never valid below
  // A choice "made" more than a day in the future is a tampered or garbled value.
  if (now < expiryOf(at) && at <= now + 864e5) return { opposed: m![1] === '1', at };
}

/** The stored choice if it is still valid at `now`; an expired, garbled or future-dated one is removed. */
export function readChoice(kind: StorageKind, key: string, now: number): Choice | undefined {
  const raw = kind === 'local' ? local()?.getItem(key) : readCookie(key);
  const choice = parseChoice(raw, now);
  if (!choice && raw != null) removeChoice(kind, key);
  return choice;
}

/** A choice as it is stored. */
export const choiceValue = ({ opposed, at }: Choice): string => `${+opposed}.${Math.floor(at)}`;

/** Writes the choice; the cookie expires 13 months after `choice.at`, whatever the date today. */
export function writeChoice(kind: StorageKind, key: string, choice: Choice): void {
  const value = choiceValue(choice);
  const { at } = choice;
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  if (kind === 'local')
    try {
      local()?.setItem(key, value);
    } catch {
      /* quota or blocked storage: the choice holds for this page */
    }
  else
    document.cookie = `${key}=${value}; Expires=${new Date(expiryOf(at)).toUTCString()}; Path=/; SameSite=Lax${secure}`;
}

export function removeChoice(kind: StorageKind, key: string): void {
  if (kind === 'local') local()?.removeItem(key);
  else deleteCookies([key]);
}

/**
 * Deletes the cookies whose names match `patterns` (`*` is a wildcard: `_pk_*`),
 * host-only and on the host and every parent domain, path `/` (a domain the browser
 * refuses, a public suffix or an IP address's parts, deletes nothing).
 */
export function deleteCookies(patterns: readonly string[]): void {
  const re = RegExp(`^(${patterns.map((p) => p.replace(/\W/g, (c) => (c === '*' ? '.*' : `\\${c}`))).join('|')})=`);
  const labels = location.hostname.split('.');
  for (const c of document.cookie.split('; '))
    if (re.test(c))
      for (const d of ['', ...labels.map((_, i) => `; Domain=${labels.slice(i).join('.')}`)])
        document.cookie = `${c.split('=')[0]}=; Max-Age=0; Path=/${d}`;
}

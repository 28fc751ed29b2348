/**
 * The person's choice about audience measurement, kept first-party (a cookie or
 * localStorage) for 13 months counted from the moment of the choice. The stored
 * value carries that moment: reading never rewrites it and visits never extend it;
 * once it has expired it is removed and the person is asked again.
 */
export type StorageKind = 'cookie' | 'local';
export interface Choice {
  opposed: boolean;
  /** When the person chose, in milliseconds since the epoch. */
  at: number;
}

export const CHOICE_KEY = 'procura_audience_opposition';
/** CNIL doctrine on audience-measurement trackers and their data (DOMAIN.md §4). */
export const LIFETIME_MONTHS = 13;
const DAY = 86_400_000;

/** The moment a choice made at `at` stops counting: 13 calendar months later (31 Jan → 28/29 Feb). */
export function expiryOf(at: number): number {
  const d = new Date(at);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + LIFETIME_MONTHS);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.getTime();
}

const encode = (c: Choice) => `${c.opposed ? 1 : 0}.${Math.floor(c.at)}`;

function decode(raw: string | undefined): Choice | undefined {
  const m = /^([01])\.(\d{1,15})$/.exec(raw ?? '');
  return m ? { opposed: m[1] === '1', at: Number(m[2]) } : undefined;
}

export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split('; ')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i) === name) return part.slice(i + 1);
  }
  return undefined;
}

function local(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined; // storage blocked: the choice lives for this page only
  }
}

function readRaw(kind: StorageKind, key: string): string | undefined {
  if (kind === 'cookie') return readCookie(key);
  try {
    return local()?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The stored choice if it is still valid at `now`; an expired or garbled one is removed. */
export function readChoice(kind: StorageKind, key: string, now: number): Choice | undefined {
  const raw = readRaw(kind, key);
  if (raw === undefined) return undefined;
  const c = decode(raw);
  // A choice "made" more than a day in the future is a tampered or garbled value.
  if (c && now < expiryOf(c.at) && c.at <= now + DAY) return c;
  removeChoice(kind, key);
  return undefined;
}

/** Writes the choice; the cookie expires 13 months after `choice.at`, whatever the date today. */
export function writeChoice(kind: StorageKind, key: string, choice: Choice): void {
  if (kind === 'local') {
    try {
      local()?.setItem(key, encode(choice));
    } catch {
      /* quota or blocked storage: the choice holds for this page */
    }
    return;
  }
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${key}=${encode(choice)}; Expires=${new Date(expiryOf(choice.at)).toUTCString()}; Path=/; SameSite=Lax${secure}`;
}

export function removeChoice(kind: StorageKind, key: string): void {
  if (kind === 'cookie') document.cookie = `${key}=; Max-Age=0; Path=/; SameSite=Lax`;
  else
    try {
      local()?.removeItem(key);
    } catch {
      /* nothing to remove */
    }
}

/**
 * Deletes the cookies whose names match `patterns` (`*` is a wildcard: `_pk_*`),
 * host-only and on every parent domain, path `/`. Returns the names found.
 */
export function deleteCookies(patterns: readonly string[]): string[] {
  const res = patterns.map((p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`));
  const names = document.cookie
    .split('; ')
    .map((p) => p.slice(0, p.indexOf('=')))
    .filter((n) => n && res.some((r) => r.test(n)));
  const host = location.hostname;
  const domains = [''];
  // An IP address or a single-label host (localhost) has no parent domain.
  if (!/^[\d.]+$|:/.test(host)) {
    const labels = host.split('.');
    for (let i = 0; i < labels.length - 1; i++) domains.push(`; Domain=${labels.slice(i).join('.')}`);
  }
  for (const n of names) for (const d of domains) document.cookie = `${n}=; Max-Age=0; Path=/${d}`;
  return names;
}

// Finds a Chromium for the tests: CHROME_PATH, then the usual places; where none is
// found and apt-get is usable as root, installs Debian's chromium (as
// `playwright install --with-deps` would elsewhere); otherwise says what to install.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=Translate,MediaRouter',
];

export function findChromium() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  return CANDIDATES.find((p) => existsSync(p));
}

export function ensureChromium() {
  let found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.error("Chromium not found: installing Debian's chromium with apt-get (about 35 s, once)…");
    execFileSync(
      'sh',
      ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'],
      { stdio: 'inherit' },
    );
    found = findChromium();
    if (found) return found;
  }
  console.error(
    'No Chromium or Chrome was found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`), or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}

/** Installs the Debian packages that provide the given commands, when missing and possible. */
export function ensureCommands(commands) {
  const has = (c) => spawnSync('sh', ['-c', `command -v ${c}`], { stdio: 'ignore' }).status === 0;
  const missing = Object.entries(commands)
    .filter(([c]) => !has(c))
    .map(([, pkg]) => pkg);
  if (!missing.length) return [];
  const canApt = process.getuid?.() === 0 && has('apt-get');
  if (canApt) {
    console.error(`Installing ${missing.join(', ')} with apt-get…`);
    execFileSync(
      'sh',
      [
        '-c',
        `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')} >/dev/null`,
      ],
      { stdio: 'inherit' },
    );
    return Object.keys(commands).filter((c) => !has(c));
  }
  return Object.keys(commands).filter((c) => !has(c));
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());

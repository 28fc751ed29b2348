// `npm run storybook` / `npm run build-storybook`: the manifest first (the stories'
// controls come from it), then Storybook, offline (no telemetry, no version check).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const bin = (n) => join('node_modules', '.bin', n);
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' };
execFileSync(bin('cem'), ['analyze'], { stdio: 'inherit', env }); // custom-elements-manifest.config.mjs
const args =
  process.argv[2] === 'build'
    ? ['build', '--quiet', '-o', 'storybook-static']
    : ['dev', '-p', '6006', '--no-open', '--no-version-updates'];
execFileSync(bin('storybook'), args, { stdio: 'inherit', env });

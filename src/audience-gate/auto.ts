/**
 * `dist/audience-gate.js`: the gate as one classic script for the page's `<head>`, before any
 * tracker. No inline script is needed (strict CSP): its options are the script's own attributes.
 *
 *   <script src="/assets/procura/audience-gate.js" data-storage="local" data-cookies="_hj*, _clck"
 *           data-measurement-ids="G-ABC123" data-category="audience" data-key="…" data-gpc="false"></script>
 *   <script type="text/plain" data-procura-category="audience" src="https://stats.example/matomo.js"></script>
 *
 * Loaded as a module instead (no `document.currentScript`), it reads the first script whose
 * address names `audience-gate`.
 */
import { audienceGate, type GateOptions } from './gate.js';

const d = (document.currentScript ?? document.querySelector('script[src*=audience-gate]'))?.dataset ?? {};
// No name at all matches null, which `extend` takes as none.
const list = (v?: string) => v?.match(/[^\s,]+/g) as string[] | undefined;
// Only the attributes present override the defaults (`data-storage`, `data-key`, `data-category`).
audienceGate({
  ...(d as Partial<GateOptions>),
  respectGpc: d.gpc !== 'false',
  cookies: list(d.cookies),
  measurementIds: list(d.measurementIds),
});

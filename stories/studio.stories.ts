import { html } from 'lit';
import '../src/define/studio.js';

/*
 * The studio without a backend (nothing can be published: it says so, and the JSON export
 * stays), one story per kind. Each story keeps its own draft in this browser (`draft-key`):
 * what you change here is back after a reload.
 */
type Args = { lang: string };

export default {
  title: 'Elements/Studio',
  component: 'procura-studio',
  argTypes: { lang: { control: 'select', options: ['fr', 'nl', 'en', 'de'] } },
  args: { lang: 'fr' },
};

const view = (kind: string, args: Args) =>
  html`<procura-studio kind=${kind} lang=${args.lang} draft-key=${`story-${kind}`}></procura-studio>`;

/** A consent form: the presets of 002 with their rule, the office's own purposes, the notice's SHA-256. */
export const Consent = { render: (args: Args) => view('consent', args) };

/** A delegation questionnaire: the outline, the map, the paths, the texts in four languages. */
export const Tree = { render: (args: Args) => view('tree', args) };

/** The opposition to audience measurement: the tool, the inert script, the 13-month rule. */
export const CookieOpposition = { render: (args: Args) => view('cookie-opposition', args) };

/** The mandate form: its title and the services' names. */
export const MandateForm = { render: (args: Args) => view('mandate-form', args) };

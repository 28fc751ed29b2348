import { html, nothing } from 'lit';
import '../src/define/cookie-opposition.js';
import type { ProcuraCookieOpposition } from '../src/cookie-opposition/cookie-opposition.js';

/*
 * Every state through the `preview` property: the element then leaves the page's gate
 * alone (nothing read, stored, activated or sent), so that several states can sit on one
 * docs page. The "Live" story uses the real gate: its choice is kept in this origin's
 * cookie, and the "Reset" button forgets it.
 */
type Preview = ProcuraCookieOpposition['preview'];
type Args = { lang: string; compact: boolean; disabled: boolean; policyUrl: string };

export default {
  title: 'Elements/Cookie opposition',
  component: 'procura-cookie-opposition',
  argTypes: {
    lang: { control: 'select', options: ['fr', 'fr-BE', 'fr-CA', 'nl', 'nl-BE', 'en'] },
    compact: { control: 'boolean' },
    disabled: { control: 'boolean' },
    policyUrl: { control: 'text' },
  },
  args: { lang: 'fr', compact: false, disabled: false, policyUrl: '/privacy.html' },
};

const CHOSEN = Date.UTC(2025, 2, 14, 9, 30);
const view = (args: Args, preview?: Preview, config?: unknown) =>
  html`<procura-cookie-opposition
    lang=${args.lang}
    ?compact=${args.compact}
    ?disabled=${args.disabled}
    policy-url=${args.policyUrl || nothing}
    .preview=${preview}
    .config=${config}
  ></procura-cookie-opposition>`;

/** Nobody chose yet, no GPC: the visit is measured. */
export const Measured = { render: (args: Args) => view(args, { opposed: false }) };

/** The person opposed on an earlier visit: the choice and its expiry are shown. */
export const OpposedStored = { render: (args: Args) => view(args, { opposed: true, source: 'stored', at: CHOSEN }) };

/** The person chose to be measured (overriding GPC, for example). */
export const MeasuredByChoice = { render: (args: Args) => view(args, { opposed: false, source: 'user', at: CHOSEN }) };

/** The browser sends Global Privacy Control: an opposition until the person says otherwise. */
export const GlobalPrivacyControl = { render: (args: Args) => view(args, { opposed: true, source: 'gpc' }) };

/** One line for a footer, with the link to the policy. */
export const Compact = { args: { compact: true }, render: (args: Args) => view(args, { opposed: false }) };

export const CompactOpposed = {
  args: { compact: true },
  render: (args: Args) => view(args, { opposed: true, source: 'stored', at: CHOSEN }),
};

export const Disabled = { args: { disabled: true }, render: (args: Args) => view(args, { opposed: false }) };

/** Who measures, in the site's words and in each language (low-code JSON configuration). */
export const WhoMeasures = {
  render: (args: Args) =>
    view(
      args,
      { opposed: false },
      {
        who: {
          fr: 'Courtier Demo, avec Matomo hébergé sur ses serveurs.',
          nl: 'Courtier Demo, met Matomo op zijn eigen servers.',
          en: 'Courtier Demo, with Matomo on its own servers.',
        },
      },
    ),
};

/** A wrong configuration is shown in place, with the path of the bad field. */
export const BadConfiguration = {
  render: (args: Args) => view(args, { opposed: false }, { cookies: ['not a cookie name!'] }),
};

/** Every language side by side, full and compact. */
export const EveryLocale = {
  render: (args: Args) =>
    html`${['fr', 'fr-BE', 'fr-CA', 'nl', 'nl-BE', 'en'].map(
      (lang) => html`<h3>${lang}</h3>
        ${view({ ...args, lang, compact: false }, { opposed: true, source: 'stored', at: CHOSEN })}
        ${view({ ...args, lang, compact: true }, { opposed: false })}`,
    )}`,
};

/** The real gate: the choice is kept in this origin's cookie for 13 months. */
export const Live = {
  render: (args: Args) => html`${view(args)}
    <p><button type="button" @click=${() => ((document.cookie = 'procura_audience_opposition=; Max-Age=0; Path=/'), location.reload())}>Reset the stored choice</button></p>`,
};

import { html } from 'lit';
import '../src/define/consent.js';
import { configure } from '../src/core/configure.js';
import { sharePreset } from '../src/consent/presets.js';

/*
 * Stories never reach a server: without an endpoint the element still works and says
 * that nothing will be sent. The "stored state" story gives configure() a `fetch` that
 * answers GET /consents like the reference server; "offline" one that fails like a
 * network that is down.
 */
export default {
  title: 'Elements/Consent',
  component: 'procura-consent',
  argTypes: {
    lang: { control: 'select', options: ['fr', 'nl', 'en', 'fr-BE', 'fr-CA', 'nl-BE'] },
    preset: { control: 'select', options: ['insurance-prospection', ''] },
    'indicated-by': { control: 'text' },
  },
  args: { lang: 'fr', preset: 'insurance-prospection', 'indicated-by': 'subject' },
};

export const NOTICE = {
  controller: {
    name: 'Courtier Demo SRL',
    address: 'rue de l’Exemple 1, 1000 Bruxelles',
    contact: {
      fr: 'vie-privee@courtier.example ou par courrier à notre adresse',
      nl: 'privacy@courtier.example of per post op ons adres',
      en: 'privacy@courtier.example or by post to our address',
    },
    dpo: 'dpo@courtier.example',
  },
  policyUrl: { fr: '/vie-privee', nl: '/privacy', en: '/privacy?lang=en' },
  noticeVersion: '2025-01',
};

type Args = { lang: string; preset: string; 'indicated-by': string };
const view = (args: Args, config: unknown, extra: { id?: string; subject?: string; endpoint?: string } = {}) =>
  html`<procura-consent id=${extra.id ?? 'story'} lang=${args.lang} preset=${args.preset || ''} indicated-by=${args['indicated-by']} subject=${extra.subject ?? ''} endpoint=${extra.endpoint ?? ''} .config=${config}></procura-consent>`;

/** The nine purposes of 002 for insurance prospection: consent for the five that need it, opposition for the others. */
export const InsuranceProspection = { render: (args: Args) => view(args, NOTICE) };

/** A few presets chosen by id, one overridden. */
export const ChosenPurposes = {
  args: { preset: '' },
  render: (args: Args) =>
    view(args, {
      ...NOTICE,
      purposes: [
        'electronic-prospection',
        'postal-phone-prospection',
        { preset: 'photo', recipients: ['Studio Photo SA'] },
      ],
    }),
};

/** Sharing a named kind of data with a named third party, at the person's request (003). */
export const ShareWithABank = {
  args: { preset: '' },
  render: (args: Args) =>
    view(args, {
      ...NOTICE,
      purposes: [
        sharePreset({
          recipient: 'Banque X',
          data: {
            fr: 'mes droits de pension complémentaire',
            nl: 'mijn aanvullende pensioenrechten',
            en: 'my supplementary pension rights',
          },
        }),
      ],
    }),
};

/** The site's own purposes, with a transfer outside the EU. An opposition is worded as one. */
export const OwnPurposes = {
  args: { preset: '' },
  render: (args: Args) =>
    view(args, {
      ...NOTICE,
      purposes: [
        {
          id: 'survey',
          basis: 'consent',
          version: '1',
          label: {
            fr: 'J’accepte de répondre à des enquêtes de satisfaction.',
            en: 'I agree to answer satisfaction surveys.',
            nl: 'Ik wil deelnemen aan tevredenheidsenquêtes.',
          },
          transfersOutsideEU: {
            fr: 'vers notre prestataire d’enquêtes au Canada (décision d’adéquation)',
            en: 'to our survey provider in Canada (adequacy decision)',
            nl: 'naar onze enquêteleverancier in Canada (adequaatheidsbesluit)',
          },
        },
        {
          id: 'newsletter-post',
          basis: 'opposition',
          version: '1',
          label: {
            fr: 'la lettre d’information par la poste',
            en: 'the newsletter by post',
            nl: 'de nieuwsbrief per post',
          },
        },
      ],
    }),
};

/** A person whose choices are already stored: the boxes show them, with their dates. */
export const StoredState = {
  render: (args: Args) => {
    configure({
      fetch: async () =>
        new Response(
          JSON.stringify({
            subject: 'C-100231',
            records: [],
            state: {
              'electronic-prospection': { state: 'given', at: '2025-03-04T10:00:00Z', basis: 'consent' },
              photo: { state: 'withdrawn', at: '2025-05-12T08:30:00Z', basis: 'consent' },
              'postal-phone-prospection': { state: 'objected', at: '2025-03-04T10:00:00Z', basis: 'opposition' },
            },
          }),
          { status: 200, headers: { 'Content-Type': 'application/json' } },
        ),
    });
    return view(args, NOTICE, { id: 'story-stored', subject: 'C-100231', endpoint: '/api' });
  },
};

/** The backend cannot be reached: the state cannot be loaded, and a save waits in the outbox. */
export const Offline = {
  render: (args: Args) => {
    configure({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    return view(args, NOTICE, { id: 'story-offline', subject: 'C-100231', endpoint: '/api' });
  },
};

/** Inside a quote form: no save button; the record is sent when the form is submitted, next to a separate terms box. */
export const InAForm = {
  render: (args: Args) => html`<form @submit=${(e: Event) => e.preventDefault()}>
    <p><label>Nom <input name="fullName" autocomplete="name" /></label></p>
    ${view(args, NOTICE, { id: 'story-form' })}
    <p><label><input type="checkbox" name="terms" required /> J’ai lu les conditions générales de l’offre.</label></p>
    <button>Demander une offre</button>
  </form>`,
};

/** What a site sees when its configuration breaks a rule of 002: a pre-ticked, required purpose. */
export const RefusedConfiguration = {
  args: { preset: '' },
  render: (args: Args) =>
    view(args, {
      ...NOTICE,
      purposes: [
        { id: 'newsletter', basis: 'consent', version: '1', label: 'Newsletter', checked: true, required: true },
      ],
    }),
};

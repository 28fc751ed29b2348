import type fr from '../fr/consent.js';
import type { Translation } from '../../core/localize.js';

export default {
  'consent.title': 'Your choices about the use of your data',
  'consent.intro':
    'Every box is optional: your request is handled the same way whether you tick it or not. Nothing is ticked in advance. You can change your mind at any time, right here, just as easily.',
  'consent.objectTo': 'I object to my data being used for: {label}',
  'consent.recipients': 'Recipients: {list}.',
  'consent.transfers': 'Transfer outside the European Union: {text}',
  'consent.notice.title': 'Who uses your data, and your rights',
  'consent.notice.controller': 'Data controller: {name}, {address}.',
  'consent.notice.contact': 'Contact about your data: {contact}.',
  'consent.notice.dpo': 'Data protection officer: {dpo}.',
  'consent.notice.purposes':
    'Your data are used only for the purposes described with each box, and only if you consent or do not object.',
  'consent.notice.noTransfer': 'Your data are not transferred outside the European Union.',
  'consent.notice.someTransfers':
    'Some data are transferred outside the European Union: this is stated under the purpose concerned.',
  'consent.notice.rights':
    'At any time you can access your data, have them corrected or erased, and object to their use for marketing, free of charge and without giving a reason. You can withdraw a consent at any time, as easily as you gave it: untick the box and save; what was done before remains lawful. To exercise your rights, write to {contact}. You can also lodge a complaint with the data protection authority.',
  'consent.notice.retention':
    'We keep a prospect’s data for 3 years from their collection or from your last contact, and a client’s data used for marketing for 3 years after the business relationship ends. An objection is kept for at least 3 years, solely to respect it. A copy of an identity document sent to exercise your rights is kept for 1 year (3 years in case of objection).',
  'consent.notice.policy': 'Read our full privacy policy',
  'consent.save': 'Save my choices',
} satisfies Translation<typeof fr>;

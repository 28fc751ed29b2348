import type fr from '../fr/consent-presets.js';
import type { Translation } from '../../core/localize.js';

export default {
  'consent.recipients.us': 'our sales and marketing departments, and our processors bound to confidentiality',
  'consent.recipients.group': 'the companies of our group',
  'consent.recipients.partners':
    'our business partners (companies we work with regularly), who use them only to offer you their own products directly',
  'consent.p.electronic-prospection.label':
    'I agree to receive offers by e-mail, SMS or MMS for products other than those I have taken out.',
  'consent.p.electronic-prospection.description':
    'For example, a home insurance offer if you only have car insurance with us. Every message contains a link to stop receiving them.',
  'consent.p.automated-calls.label': 'I agree to be contacted with offers by automated calls or by fax.',
  'consent.p.automated-calls.description':
    'An automated call is made by a machine, with no adviser on the line. Every message says how to stop receiving them.',
  'consent.p.partners-electronic.label':
    'I agree that you pass my e-mail address and phone number on to your partners, so that they can send me their offers by e-mail, SMS, MMS, automated call or fax.',
  'consent.p.partners-electronic.description':
    'If you withdraw your consent, we tell every partner who received your details without delay.',
  'consent.p.sensitive-data.label':
    'I agree that you use the information I give you that could reveal my origin, my political or philosophical opinions, my religion or my trade union membership.',
  'consent.p.sensitive-data.description':
    'Only what you choose to tell us, to handle your request. This information is never used to build a profile.',
  'consent.p.photo.label': 'I agree that you use my photo or image.',
  'consent.p.photo.description':
    'Only the photo or image you send us, for the use announced. Without your consent, we do not keep it.',
  'consent.p.postal-phone-prospection.label': 'I object to receiving offers by post or by a call from an adviser.',
  'consent.p.postal-phone-prospection.description':
    'If you do not tick this box, we may send you offers by post, or an adviser may call you.',
  'consent.p.analogous-email-prospection.label':
    'I object to receiving offers by e-mail for products similar to those I have taken out.',
  'consent.p.analogous-email-prospection.description':
    'For example, an extension of your car insurance. Every e-mail also contains a link to stop receiving them.',
  'consent.p.partners-postal.label':
    'I object to you passing my postal address and phone number on to your partners, for offers by post or by a call from an adviser.',
  'consent.p.partners-postal.description':
    'They use them only to offer you their own products directly. If you object later, we tell them without delay.',
  'consent.p.partners-identity.label':
    'I object to you passing my identity and my family, economic and financial situation on to your partners.',
  'consent.p.partners-identity.description':
    'For example your name, your family situation or your profession, never your client number. They use them only to offer you their own products directly.',
  'consent.p.share.label': 'At my request, I agree that you pass {data} on to {recipient}.',
  'consent.p.share.description':
    'Only these data, and only to this recipient, for the service you asked for. You can withdraw this consent at any time: the transfer then stops.',
} satisfies Translation<typeof fr>;

import type fr from '../fr/mandate-form-later.js';
import type { Translation } from '../../core/localize.js';

export default {
  'mandate.step.handover': 'Over to the mandatary',
  'mandate.step.mandatary': 'The mandatary’s part',
  'mandate.step.review': 'Check and send',
  'mandate.step.done': 'Sent',
  'mandate.legend.mandatary': 'The mandatary: the person who receives access',
  'mandate.mandatary.email': 'Mandatary’s e-mail address',
  'mandate.relation': 'Relation to the grantor',
  'mandate.relation.hint': 'For example: spouse, accountant, member of the administrative staff.',
  'mandate.mandatary.email.hint':
    'An address only the mandatary uses, different from the grantor’s. We will send their temporary password there.',
  'mandate.signature.mandatary': 'Mandatary’s signature',
  'mandate.handover.title': 'The mandatary’s turn',
  'mandate.handover.text':
    'Your part is signed. Now hand the device to the mandatary, who fills in and signs their part right here.',
  'mandate.handover.later':
    'You can also come back later on this device: the draft is kept here for {days} days, then erased.',
  'mandate.handover.noDraft': 'This form keeps no draft: finish it now, without closing the page.',
  'mandate.handover.continue': 'I am the mandatary, continue',
  'mandate.summary#one': 'One field needs correcting:',
  'mandate.summary#other': '{count} fields need correcting:',
  'mandate.summaryItem': '{field}: {message}',
  'mandate.error.required.contractIds': 'Give at least one contract number.',
  'mandate.error.max.contractIds': 'For one contract, give a single number.',
  'mandate.error.max': 'This text is too long.',
  'mandate.error.format': 'This value does not have the right format.',
  'mandate.error.format.email': 'Enter a complete e-mail address, for example first.last@example.com.',
  'mandate.error.format.date': 'Enter a valid date.',
  'mandate.error.pattern.phone': 'Enter a phone number: digits and spaces, with a + at the start if needed.',
  'mandate.error.sameEmail':
    'This is also the grantor’s address. Each person needs their own: the user name goes to the grantor, the temporary password to the mandatary.',
  'mandate.error.sharedEmail':
    'This address looks shared (reception, info, office…). An address used by one person only is required: otherwise we cannot send the credentials, and the request will be refused.',
  'mandate.error.enterpriseNumber':
    'This enterprise number is not valid: 10 digits starting with 0 or 1, for example 0403.170.701.',
  'mandate.error.past': 'This date has passed: choose today or a later date.',
  'mandate.error.future': 'This date is in the future.',
  'mandate.error.order': 'The end date must come after the start date.',
  'mandate.error.signature': 'The signature is missing: sign in the box above.',
} satisfies Translation<typeof fr>;

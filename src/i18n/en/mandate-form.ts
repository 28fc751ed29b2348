import type fr from '../fr/mandate-form.js';
import type { Translation } from '../../core/localize.js';

export default {
  'mandate.step.grantor': 'The grantor’s part',
  'mandate.progress': 'Step {n} of {total}: {name}',

  'mandate.legend.kind': 'The grantor acts as',
  'mandate.kind.natural': 'A natural person',
  'mandate.kind.legal': 'A legal person (company, association)',
  'mandate.legend.grantor': 'The grantor: the person who gives access',
  'mandate.legend.company': 'The company or organisation',
  'mandate.legend.representative': 'The person acting for the company',
  'mandate.legend.access': 'The access given',
  'mandate.legend.validity': 'How long the mandate lasts',
  'mandate.optional': '(optional)',

  'mandate.givenName': 'Given name',
  'mandate.familyName': 'Family name',
  'mandate.birthDate': 'Date of birth',
  'mandate.email': 'E-mail address',
  'mandate.grantor.email': 'Grantor’s e-mail address',
  'mandate.phone': 'Phone',
  'mandate.clientRef': 'Client reference',
  'mandate.legalName': 'Official name',
  'mandate.enterpriseNumber': 'Enterprise number',
  'mandate.country': 'Country of registration',
  'mandate.seat': 'Registered office',
  'mandate.grantor.representative.givenName': 'Representative’s given name',
  'mandate.grantor.representative.familyName': 'Representative’s family name',
  'mandate.capacity': 'Capacity (position in the organisation)',
  'mandate.proof': 'Proof of authority to represent',
  'mandate.proof.hint':
    'For example: articles of association, publication in the Belgian Official Gazette, a power of attorney. Say where it can be found.',
  'mandate.kind': 'Kind of person',
  'mandate.service': 'Online service',
  'mandate.scope.contracts': 'Visible contracts',
  'mandate.contracts.all': 'All contracts',
  'mandate.contracts.one': 'One contract',
  'mandate.contracts.listed': 'A list of contracts',
  'mandate.contractIds': 'Contract numbers',
  'mandate.contractIds.hint': 'Separate the numbers with a comma or a space.',
  'mandate.includeFuture': 'Include future contracts too',
  'mandate.validFrom': 'Valid from',
  'mandate.validUntil': 'Valid until',
  'mandate.validUntil.hint': 'Without an end date, the mandate lasts until it is revoked.',
  'mandate.grantor.email.hint':
    'An address only you can read, personal or professional, different from the mandatary’s. We will send their user name there.',

  'mandate.signature.grantor': 'Grantor’s signature',
  'mandate.signature.hint': 'By signing, {name} confirms the data above.',

  'mandate.next': 'Continue',
  'mandate.back': 'Back',
  'mandate.preparing': 'Preparing the PDF…',
  'mandate.waiting': 'Answer the questionnaire first: it tells which form fits your situation.',
  'mandate.refused': 'A mandate is not possible in your situation. {reason}',
  'mandate.notNeeded': 'No mandate is needed in your situation. {reason}',

  'mandate.error.required': 'This field is required.',

  'mandate.step.request': 'Your access request',
  'mandate.request.legend.kind': 'You are asking as',
  'mandate.legend.requester': 'You: the person asking for access',
  'mandate.request.legend.access': 'The access asked for',
  'mandate.request.future': 'The request covers all your contracts, including those you take out later.',
  'mandate.request.grantor.email': 'Email address',
  'mandate.request.grantor.email.hint': 'An address only you can read. We will send your sign-in details there.',
  'mandate.signature.requester': 'Your signature',
  'mandate.toTree': 'Go to the questionnaire',
  'mandate.fromAccount':
    'The fields marked “from your account” come from your client account and cannot be changed here. If they are wrong, please contact us.',
  'mandate.readonly': '(from your account)',
  'mandate.signIn.needed':
    'To send this form, you need to sign in. You can fill it in already: it stays on this device until after you sign in.',
  'mandate.signIn.neededNoDraft': 'To send this form, you need to sign in first.',
  'mandate.signIn.link': 'Sign in',
} satisfies Translation<typeof fr>;

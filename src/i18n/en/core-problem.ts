import type fr from '../fr/core-problem.js';
import type { Translation } from '../../core/localize.js';

export default {
  'core.problem.validation':
    'Some of the information was not accepted. Correct the highlighted fields, then send again.',
  'core.problem.bad-request': 'The server could not read this submission. Reload the page, then send again.',
  'core.problem.media-type': 'The server does not accept this kind of submission. Tell the site that offers this form.',
  'core.problem.too-large': 'This submission is too large. Use a smaller image or a lighter file, then send again.',
  'core.problem.unauthorized': 'You need to sign in before sending. What you typed is kept.',
  'core.problem.forbidden':
    'Your account does not allow this. If you think this is a mistake, contact the site that offers this service.',
  'core.problem.not-you':
    'This form is in the name of someone other than you. Check that your names and e-mail address are those of your account, then send again.',
  'core.problem.origin':
    'The server does not accept a submission from this page. Open this form on the site itself, then send again.',
  'core.problem.not-found': 'What you are looking for does not exist, or your account does not allow you to see it.',
  'core.problem.conflict': 'A similar request is already recorded. Check the existing accesses before sending again.',
  'core.problem.in-progress': 'This submission is already being handled. Wait a moment, then check whether it arrived.',
  'core.problem.idempotency-mismatch':
    'This submission has changed since an earlier attempt. Reload the page, check your information, then send again.',
  'core.problem.state':
    'This is no longer possible at this stage of the request. Reload the page to see where it stands.',
  'core.problem.rate-limited': 'Too much was sent in a short time. Wait a minute, then try again.',
  'core.problem.internal': 'The server ran into a problem. Try again in a few minutes; what you typed is kept.',
  'core.problem.unavailable': 'The service is unavailable for the moment. Try again in a few minutes.',
  'core.problem.seal-unavailable':
    'Your document could not be sealed just now. It is kept and will be sent again automatically in a few minutes.',
  'core.problem.unreachable': 'The server does not answer. Check your connection, then try again.',
  'core.problem.other':
    'The server refused this submission. Try again later; if the problem persists, tell the site that offers this form.',
  'core.field.required': 'This field is required.',
  'core.field.format': 'This value is not in the right format.',
  'core.field.pattern': 'This value contains characters that are not accepted.',
  'core.field.type': 'This value is not accepted here.',
  'core.field.enum': 'Choose one of the options offered.',
  'core.field.max': 'This value is too long or too large.',
  'core.field.min': 'This value is too short or too small.',
  'core.field.text':
    'This text holds an invisible character that cannot be stored: type it again rather than pasting it.',
  'core.field.pdfActive': 'This PDF holds code or attached files: save it again as a plain PDF document.',
  'core.field.sameEmail': 'This address is also the grantor’s. Each person needs their own.',
  'core.field.sharedEmail':
    'This address seems to be shared by several people. Give an address used by one person only.',
  'core.field.enterpriseNumber':
    'This enterprise number is not valid: 10 digits starting with 0 or 1, for example 0403.170.701.',
  'core.field.past': 'This date has already passed: choose today or a later date.',
  'core.field.future': 'This date is in the future.',
  'core.field.order': 'The end date must come after the start date.',
  'core.field.tooOld': 'This date is too old: more than 31 days before sending. Sign again, then send.',
  'core.field.notYou': 'This person is not the one signed in: give your own names and e-mail address.',
  'core.field.signature': 'The signature is missing or cannot be read. Sign again.',
  'core.field.hashMismatch':
    'The document sent does not match what was signed. Reload the page, check the document, then send again.',
} satisfies Translation<typeof fr>;

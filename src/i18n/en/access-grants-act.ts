import type fr from '../fr/access-grants-act.js';
import type { Translation } from '../../core/localize.js';

/** Texts of <procura-access-grants> once a person acts, English. */
export default {
  'grants.copied': 'Fingerprint copied.',
  'grants.docMismatch': 'The document received does not match the recorded fingerprint. Tell your broker.',
  'grants.docFailed': 'The signed form could not be opened. {reason}',
  'grants.proof.checking': 'Checking the proof…',
  'grants.proof.failed': 'The proof could not be checked. {reason}',
  'grants.proof.docOk':
    'The document received matches the recorded fingerprint: your browser has just computed it again.',
  'grants.proof.docBad':
    'The document received does not match the recorded fingerprint. Keep the evidence file and tell your broker.',
  'grants.proof.sealOk': 'The server checked the document’s electronic seal (level {level}), applied on {date}.',
  'grants.proof.sealNone': 'This document was recorded before the electronic seal existed: it carries none.',
  'grants.proof.trailOk#one':
    'The server checked this access’s history ({count} event): it is intact and matches the last signed checkpoint.',
  'grants.proof.trailOk#other':
    'The server checked this access’s history ({count} events): it is intact and matches the last signed checkpoint.',
  'grants.proof.trailBad#one':
    'This access’s history no longer matches what was signed: it was changed afterwards. Keep the evidence file and tell your broker.',
  'grants.proof.trailBad#other':
    'This access’s history no longer matches what was signed: it was changed afterwards. Keep the evidence file and tell your broker.',
  'grants.proof.export': 'Download the evidence file',
  'grants.proof.offline':
    'To check without trusting the server, keep this file: the command “procura verify” checks it offline with the broker’s public key.',
  'grants.confirmTitle': 'Revoke the access of {name}?',
  'grants.confirmDoes': 'From now on, {name} can no longer do anything for you in “{service}”.',
  'grants.confirmKeeps': 'What was already done on your behalf stays done: revoking does not undo it.',
  'grants.confirmProof': 'The signed form is kept as proof, and the access stays visible in the history.',
  'grants.cancel': 'Cancel',
  'grants.confirm': 'Revoke',
  'grants.revoking': 'Revoking the access of {name}…',
  'grants.revoked': 'The access of {name} is revoked.',
  'grants.revokeFailed': 'Revoking the access of {name} did not go through. {reason} The access is as it was.',
  'grants.confirmTitleOwn': 'Revoke your own access to “{service}”?',
  'grants.confirmDoesOwn':
    'From now on, you can no longer use “{service}”. To use it again, you will need a new access request.',
  'grants.revokingOwn': 'Revoking your own access…',
  'grants.revokedOwn': 'Your own access is revoked.',
  'grants.revokeFailedOwn': 'Revoking your own access did not go through. {reason} The access is as it was.',
  'grants.reason.conflict':
    'This access can no longer be revoked; it may already have been revoked or have expired. Reload the list.',
  'grants.reason.forbidden': 'You are not allowed to revoke this access.',
  'grants.reason.unreachable': 'The server does not answer; try again later.',
  'grants.reason.none': 'No server is configured.',
} satisfies Translation<typeof fr>;

/** The edge's one mapping from domain errors (modules/domain-error.ts) to problems (errors.ts). */
import { conflict, wrongState, type Problem } from '../errors.js';
import type { DomainError } from '../modules/domain-error.js';

const DUPLICATE = 'duplicate';

export function domainProblem(e: DomainError): Problem {
  switch (e.code) {
    case 'mandate-exists':
      return conflict(
        'A pending or active mandate already exists for this mandatary and this service: one form per mandatary and per service.',
        [
          {
            pointer: e.pointer ?? '/mandatary/email',
            detail: 'already holds a pending or active mandate for this service',
            code: DUPLICATE,
          },
        ],
        'mandate-exists',
      );
    case 'access-request-exists':
      return conflict(
        'A pending or active access request already exists for this person and this service: one request per service.',
        [
          {
            pointer: e.pointer ?? '/service',
            detail: 'already has a pending or active access request',
            code: DUPLICATE,
          },
        ],
        'access-request-exists',
      );
    case 'record-exists':
      return conflict('A consent record with this recordId is already stored; records are never overwritten.', [
        { pointer: e.pointer ?? '/recordId', detail: 'is already used by another record', code: DUPLICATE },
      ]);
    case 'state':
      return wrongState(e.message);
  }
}

/** The server's own answers about consent records (components.schemas). */
import { dateTime, ref, uuid } from './common.js';

export const consentReceipt = {
  type: 'object',
  description: 'The receipt signed when a consent record was received.',
  properties: { recordId: uuid, receipt: ref('ReceiptJws') },
  required: ['recordId', 'receipt'],
};
export const consentKept = {
  type: 'object',
  properties: {
    recordId: uuid,
    receivedAt: { ...dateTime, description: 'The server\u2019s time of receipt, which orders the records.' },
    receipt: ref('ReceiptJws'),
  },
  required: ['recordId', 'receivedAt', 'receipt'],
};
export const consentState = {
  type: 'object',
  description: 'A subject\u2019s records and, per purpose, the state the last decision received gives.',
  properties: {
    subject: { type: 'string' },
    records: {
      type: 'array',
      items: {
        allOf: [
          ref('ConsentRecord'),
          { type: 'object', properties: { receivedAt: dateTime }, required: ['receivedAt'] },
        ],
      },
    },
    state: {
      type: 'object',
      description: 'Keyed by purpose id.',
      additionalProperties: {
        type: 'object',
        properties: {
          state: { enum: ['given', 'refused', 'withdrawn', 'objected'] },
          at: { ...dateTime, description: 'The time of receipt of the deciding record.' },
          clientAt: { ...dateTime, description: 'The browser\u2019s claim.' },
          basis: { enum: ['consent', 'opposition'] },
        },
        required: ['state', 'at'],
      },
    },
  },
  required: ['subject', 'records', 'state'],
};

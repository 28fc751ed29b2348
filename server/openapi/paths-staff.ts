/**
 * Staff accounts (issue 21; 001, 004: a leaver's login is removed at once): an office admin lists
 * the office's staff with their last activity, disables or enables an account. server/modules/staff/.
 */
import { type Obj, dateTime, json, keyParam, problem, r400, r401, r404, r413, r415, r429, ref } from './common.js';

const str = { type: 'string' };
const idParam = { name: 'id', in: 'path', required: true, description: 'The staff member\u2019s id.', schema: str };
const adminOnly = problem(
  '`forbidden`: only an administrator of the office manages staff accounts (a reviewer, a client: 403).',
);

export const staffSchemas: Record<string, Obj> = {
  StaffAccount: {
    type: 'object',
    description:
      'One staff account of the office, with its last activity (to spot an account that should no longer be used).',
    properties: {
      id: str,
      displayName: str,
      email: { type: 'string', format: 'email' },
      staffRole: { enum: ['reviewer', 'admin'] },
      disabledAt: dateTime,
      disabledBy: str,
      lastSeenAt: {
        ...dateTime,
        description: 'The last request made in a session of theirs (written at most once a minute).',
      },
      openSessions: { type: 'integer', minimum: 0 },
    },
    required: ['id', 'displayName', 'email', 'staffRole', 'openSessions'],
  },
  StaffList: {
    type: 'object',
    properties: { items: { type: 'array', items: ref('StaffAccount') } },
    required: ['items'],
  },
  StaffChange: {
    type: 'object',
    properties: { reason: { type: 'string', maxLength: 500, description: 'Kept in the account\u2019s trail.' } },
  },
};

const change = (operationId: string, summary: string, description: string) => ({
  post: {
    operationId,
    tags: ['Staff'],
    summary,
    description,
    parameters: [idParam, keyParam(false)],
    requestBody: { required: false, content: json(ref('StaffChange')) },
    responses: {
      '200': {
        description: 'The account as it now is (the same answer when nothing changed).',
        content: json(ref('StaffAccount')),
      },
      '400': r400,
      '401': r401,
      '403': adminOnly,
      '404': r404,
      '409': problem('`conflict` (per-field code `self`): an administrator cannot disable their own account.'),
      '413': r413,
      '415': r415,
      '429': r429,
    },
  },
});

export const staffPaths: Obj = {
  '/desk/staff': {
    get: {
      operationId: 'listStaff',
      tags: ['Staff'],
      summary: 'The office\u2019s staff accounts, their role, last activity and open sessions (admins only)',
      responses: {
        '200': { description: 'The accounts.', content: json(ref('StaffList')) },
        '401': r401,
        '403': adminOnly,
        '429': r429,
      },
    },
  },
  '/desk/staff/{id}/disable': change(
    'disableStaff',
    'Disable a staff account: every session of theirs ends at once',
    'Their next request answers 401, in every server process. Their past actions stay attributed in the trails. The change is an event of the account\u2019s own hash-chained trail.',
  ),
  '/desk/staff/{id}/enable': change(
    'enableStaff',
    'Enable a staff account again',
    'An event of the account\u2019s trail; the person signs in again.',
  ),
};

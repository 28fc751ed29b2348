/** Mail's routes (modules/mail/routes.ts): the invitation link's acceptance, and the demo mailbox. */
import { type Obj, dateTime, json, problem, r400, r413, r415, r422, r429 } from './common.js';

export const mailPaths: Obj = {
  '/invitations/accept': {
    post: {
      operationId: 'acceptInvitation',
      tags: ['Mail'],
      summary: 'Use the one-time link of an invitation (the mandatary, after activation)',
      description:
        'The mandatary\u2019s invitation mail links to the site\u2019s page (INVITATION_URL) with `#token=\u2026` in the URL fragment, which no server receives; the page posts the token here. It works once, for 7 days, while the grant is not revoked. No session: the token is the credential. Nothing is logged of it.',
      security: [],
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          properties: { token: { type: 'string', minLength: 16, maxLength: 200 } },
          required: ['token'],
          additionalProperties: false,
        }),
      },
      responses: {
        '200': {
          description: 'Accepted: the link is now used.',
          content: json({
            type: 'object',
            properties: { accepted: { const: true } },
            required: ['accepted'],
          }),
        },
        '400': r400,
        '410': problem('`state`: the link was already used, has expired, or its grant was revoked (or never existed).'),
        '413': r413,
        '415': r415,
        '422': r422,
        '429': r429,
      },
    },
  },
  '/demo/mail': {
    get: {
      operationId: 'listDemoMail',
      tags: ['Demo'],
      summary: 'The demo mailbox: the messages the server sent (demo mode only)',
      description:
        'The office\u2019s sent messages, newest first (at most 200), as they were sent: in demo mode without SMTP_URL, mail goes here instead of an SMTP server. Demo data: shown to anyone.',
      security: [],
      responses: {
        '200': {
          description: 'The messages.',
          content: json({
            type: 'object',
            properties: {
              messages: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: 'string', format: 'uuid' },
                    to: { type: 'string' },
                    lang: { type: 'string', enum: ['fr', 'nl', 'en', 'de'] },
                    template: { type: 'string' },
                    sentAt: dateTime,
                    subject: { type: 'string' },
                    text: { type: 'string' },
                    html: { type: 'string' },
                  },
                  required: ['id', 'to', 'lang', 'template', 'subject', 'text', 'html'],
                },
              },
            },
            required: ['messages'],
          }),
        },
        '404': problem('`not-found`: not in demo mode.'),
        '429': r429,
      },
    },
  },
};

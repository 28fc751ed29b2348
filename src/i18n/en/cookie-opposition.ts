/** <procura-cookie-opposition>: English. */
import type fr from '../fr/cookie-opposition.js';
import type { Translation } from '../../core/localize.js';

export default {
  'cookie.title': 'Audience measurement',
  'cookie.compact': 'This site measures its audience without identifying you.',
  'cookie.whatLabel': 'What is measured',
  'cookie.what':
    'The pages viewed, how long visits last, the type of device and browser. These statistics are used only to improve the site and are not combined with other data.',
  'cookie.whoLabel': 'By whom',
  'cookie.who': 'The site itself, with an audience-measurement tool; nothing is sold or used for advertising.',
  'cookie.howLongLabel': 'For how long',
  'cookie.howLong':
    'The measurement cookie lasts at most 13 months and your later visits do not extend it. The attendance data tied to that cookie is kept at most 13 months, then deleted or anonymised.',
  'cookie.opposeLabel': 'If you object',
  'cookie.oppose':
    'The measurement tool is no longer loaded, its cookies are deleted and nothing about you is sent to it any more. Your choice is kept for 13 months in this browser; then you will be asked again.',
  'cookie.switch': 'I object to audience measurement',
  'cookie.switchShort': 'I object',
  'cookie.yes': 'Yes',
  'cookie.no': 'No',
  'cookie.measured': 'Your visit is measured.',
  'cookie.opposed': 'You object to audience measurement: your visit is not measured.',
  'cookie.gpc':
    'Your browser sends the Global Privacy Control signal: we treat it as an objection. You can change your mind with the switch.',
  'cookie.since': 'Choice made on {date}; you will be asked again on {until}.',
  'cookie.more': 'Learn more',
  'cookie.moreLong': 'Learn more about audience measurement',
} satisfies Translation<typeof fr>;

import type fr from '../fr/my-data-controller.js';
import type { Translation } from '../../core/localize.js';

/** Texts of <procura-my-data>'s part on the controller and the person's rights, English. */
export default {
  'mydata.controller': 'Who processes your data, and your rights',
  'mydata.controller.name': 'Controller',
  'mydata.controller.address': 'Address',
  'mydata.controller.contact': 'Contact',
  'mydata.controller.dpo': 'Data protection officer',
  'mydata.controller.policy': 'Read the privacy policy',
  'mydata.rights.default':
    'You may ask for a copy of your data, its correction, its erasure, a restriction of its use, or object to a processing. Your broker answers within one month, which may be extended by two months for a complex request; you are then told why.',
} satisfies Translation<typeof fr>;

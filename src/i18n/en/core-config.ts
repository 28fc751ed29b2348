import type fr from '../fr/core-config.js';
import type { Translation } from '../../core/localize.js';

export default {
  'core.configError.notReady': 'This element is not ready yet: the site needs to fix its configuration.',
  'core.configError.details': 'Details for the site’s developer',
} satisfies Translation<typeof fr>;

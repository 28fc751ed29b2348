import type fr from '../fr/core-config.js';
import type { Translation } from '../../core/localize.js';

export default {
  'core.configError.notReady': 'Dit onderdeel is nog niet klaar: de site moet de instellingen ervan verbeteren.',
  'core.configError.details': 'Uitleg voor de ontwikkelaar van de site',
} satisfies Translation<typeof fr>;

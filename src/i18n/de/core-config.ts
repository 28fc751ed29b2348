import type fr from '../fr/core-config.js';
import type { Translation } from '../../core/localize.js';

export default {
  'core.configError.notReady':
    'Dieses Element ist noch nicht bereit: Die Website muss seine Einstellungen korrigieren.',
  'core.configError.details': 'Hinweise für die Entwickler der Website',
} satisfies Translation<typeof fr>;

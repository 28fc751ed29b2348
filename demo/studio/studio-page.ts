// The studio's page (served at /studio/ by `npm start`, built alone into dist/studio/ by
// `npm run build`): only <procura-studio>; the backend is the page's <meta name="procura:endpoint">.
import { configure } from '../../src/core/configure.js';
import '../../src/define/studio.js';

configure({ credentials: 'same-origin' });

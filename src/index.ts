/**
 * procura: registers every element. This is the entry of the drop-in bundle
 * (`dist/procura.js`) and of `import 'procura'`.
 */
import './define/delegation-tree.js';
import './define/mandate-form.js';
import './define/signature-pad.js';
import './define/consent.js';
import './define/cookie-opposition.js';
import './define/access-grants.js';
import './define/my-data.js';
import './define/broker-desk.js';

export * from './classes.js';

import { define } from '../core/define.js';
import { ProcuraSignaturePad } from '../signature-pad/signature-pad.js';

define('procura-signature-pad', ProcuraSignaturePad);

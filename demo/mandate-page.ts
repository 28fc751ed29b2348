// The mandate page's elements: the questionnaire and the mandate form (the signature pad
// and the PDF engine come later, as lazy chunks, when a party signs).
import '../src/define/delegation-tree.js';
import { afterFirstPaint } from './after-paint.js';

// The form is below the questionnaire, out of a phone's first screen: its code is evaluated and
// its two forms drawn after the first paint, in tasks of their own, not in the one that draws the
// trees (its room is kept by demo.css: nothing moves when it arrives).
afterFirstPaint(() => void import('../src/define/mandate-form.js'));

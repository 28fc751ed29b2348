// The mandate page's elements: the questionnaire and the mandate form (the signature pad
// and the PDF engine come later, as lazy chunks, when a party signs).
import '../src/define/delegation-tree.js';
import '../src/define/mandate-form.js';

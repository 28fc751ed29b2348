// The quote page's element: the consent choices, purpose by purpose, inside the quote form.
import '../src/define/consent.js';

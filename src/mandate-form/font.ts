// The PDF's Unicode font loader moved to the core (src/core/font.ts): the mandate form and
// <procura-my-data>'s summary both print with it, and an element does not import another.
export { FontUnavailableError, unicodeFont } from '../core/font.js';

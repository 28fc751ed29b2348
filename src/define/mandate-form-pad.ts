// `<procura-signature-pad>` as `<procura-mandate-form>` loads it: a lazy chunk. A module of
// its own (not `import('./signature-pad.js')`) so that a bundle that also defines the pad at
// once does not need a namespace object (and the bundler's runtime) for it.
import './signature-pad.js';

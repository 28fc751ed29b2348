// fontkit's ESM build (@pdf-lib/fontkit/dist/fontkit.es.js) imports pako 1, which is CommonJS:
// its browser build is UMD and, loaded as a module, leaves `pako` on the global object.
import '/node_modules/pako/dist/pako.min.js';
export default globalThis.pako;

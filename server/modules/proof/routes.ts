/**
 * `GET /proof/keys`: what anyone needs to check procura's proofs without trusting this server
 * later: the JWK Set of the key that signs receipts and checkpoints, and the seal certificate.
 * Save this answer once (or get it from the broker by another channel) and `procura verify`
 * works offline against it. Public: it holds no personal data.
 */
import { signedInRouter, type ModuleDeps } from '../module.js';

export function proofModule(d: ModuleDeps) {
  const app = signedInRouter(d);
  app.get('/keys', (c) =>
    c.json(
      {
        keys: [d.proofKey.publicJwk],
        seal: d.seal
          ? { certificate: d.seal.certificatePem, sha256: d.seal.certificateSha256, origin: d.seal.origin }
          : null,
      },
      200,
      { 'Cache-Control': 'public, max-age=300' },
    ),
  );
  return app;
}

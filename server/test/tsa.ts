/**
 * An RFC 3161 timestamp authority in this process, over HTTP (`POST application/timestamp-query`),
 * made with pkijs like the seal's CMS: a self-signed TSA certificate (extended key usage
 * timeStamping, critical), TSTInfo with the request's imprint and nonce, a CMS SignedData with
 * content-type, message-digest and ESS signing-certificate-v2 signed attributes.
 * `down = true` answers 503, as a TSA being serviced does.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { makeSelfSignedCertificate } from '../proof/demo-certificate.js';

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  /** A policy of this test TSA (an arc under a private enterprise number used for examples). */
  policy: '1.3.6.1.4.1.32473.1.1',
};

export interface TestTsa {
  url: string;
  /** The TSA's certificate: what `openssl ts -verify -CAfile` trusts. */
  certificatePem: string;
  /** Answer 503 to every request while true. */
  down: boolean;
  /** Tokens given so far. */
  readonly issued: number;
  /** The genTime of the last token. */
  readonly lastGenTime?: Date;
  close(): Promise<void>;
}

export async function startTestTsa(opts: { now?: () => Date } = {}): Promise<TestTsa> {
  const made = await makeSelfSignedCertificate({ commonName: 'procura TEST timestamp authority', timeStamping: true });
  const cert = new pkijs.Certificate({ schema: asn1js.fromBER(made.certificate.slice().buffer).result });
  const certHash = createHash('sha256').update(made.certificate).digest();
  let serial = 1;
  const state = { down: false, issued: 0, lastGenTime: undefined as Date | undefined };

  async function answer(body: Buffer): Promise<Uint8Array> {
    const req = new pkijs.TimeStampReq({ schema: asn1js.fromBER(new Uint8Array(body).buffer).result });
    const genTime = new Date(Math.floor((opts.now ?? (() => new Date()))().getTime() / 1000) * 1000);
    const tst = new pkijs.TSTInfo({
      version: 1,
      policy: OID.policy,
      messageImprint: req.messageImprint,
      serialNumber: new asn1js.Integer({ value: serial++ }),
      genTime,
      ...(req.nonce && { nonce: req.nonce }),
    });
    const tstDer = tst.toSchema().toBER(false);
    const attrs = [
      new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.tstInfo })] }),
      new pkijs.Attribute({
        type: OID.messageDigest,
        values: [new asn1js.OctetString({ valueHex: createHash('sha256').update(Buffer.from(tstDer)).digest() })],
      }),
      new pkijs.Attribute({
        type: OID.signingCertificateV2,
        values: [
          new asn1js.Sequence({
            value: [
              new asn1js.Sequence({
                value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: certHash })] })],
              }),
            ],
          }),
        ],
      }),
    ];
    const signed = new pkijs.SignedData({
      version: 3,
      encapContentInfo: new pkijs.EncapsulatedContentInfo({
        eContentType: OID.tstInfo,
        eContent: new asn1js.OctetString({ valueHex: tstDer }),
      }),
      signerInfos: [
        new pkijs.SignerInfo({
          version: 1,
          sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
          signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: attrs }),
        }),
      ],
      certificates: req.certReq ? [cert] : [],
    });
    // pkijs turns an eContent given to its constructor into a constructed (BER) OCTET STRING;
    // a TSA sends DER, a primitive one.
    signed.encapContentInfo.eContent = new asn1js.OctetString({ valueHex: tstDer });
    await signed.sign(made.privateKey, 0, 'SHA-256');
    const resp = new pkijs.TimeStampResp({
      status: new pkijs.PKIStatusInfo({ status: pkijs.PKIStatus.granted }),
      timeStampToken: new pkijs.ContentInfo({ contentType: OID.signedData, content: signed.toSchema(true) }),
    });
    state.issued++;
    state.lastGenTime = genTime;
    return new Uint8Array(resp.toSchema().toBER(false));
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (state.down) {
        res.writeHead(503, { 'Content-Type': 'text/plain' }).end('down for maintenance');
        return;
      }
      if (req.method !== 'POST' || req.headers['content-type'] !== 'application/timestamp-query') {
        res.writeHead(400).end();
        return;
      }
      answer(Buffer.concat(chunks)).then(
        (der) => res.writeHead(200, { 'Content-Type': 'application/timestamp-reply' }).end(der),
        (err: Error) => res.writeHead(500, { 'Content-Type': 'text/plain' }).end(err.message),
      );
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    certificatePem: made.certificatePem,
    get down() {
      return state.down;
    },
    set down(v: boolean) {
      state.down = v;
    },
    get issued() {
      return state.issued;
    },
    get lastGenTime() {
      return state.lastGenTime;
    },
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

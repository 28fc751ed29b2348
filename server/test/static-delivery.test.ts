// How STATIC_DIR's files travel (issue 19, Lighthouse): text compressed with the encoding the
// browser accepts, read back byte for byte; the build's hashed files cached for a year, the
// rest briefly, html always revalidated; a 304 for the version (and encoding) the browser holds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { serveStatic } from '../http/static.js';

let dir: string;
const app = new Hono();
const chunk = `export const texts = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `phrase ${i}`))};\n`;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'procura-static-delivery-'));
  await mkdir(join(dir, 'assets'));
  await mkdir(join(dir, 'kit', 'chunks'), { recursive: true });
  await writeFile(join(dir, 'index.html'), `<!doctype html><title>home</title>${'<p>texte</p>'.repeat(200)}`);
  await writeFile(join(dir, 'assets', 'consent-BI06SsN_.js'), chunk);
  await writeFile(join(dir, 'kit', 'chunks', 'lit-D8AhzmO2.js'), chunk);
  await writeFile(join(dir, 'audience-gate.js'), chunk);
  await writeFile(join(dir, 'tiny.js'), 'export {};');
  await writeFile(join(dir, 'favicon.ico'), Buffer.alloc(4000, 1));
  app.use('*', serveStatic(dir));
});
after(() => rm(dir, { recursive: true, force: true }));

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

test('text is sent compressed with the encoding the browser accepts, and reads back as the file', async () => {
  const br = await get('/assets/consent-BI06SsN_.js', { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(br.headers.get('content-encoding'), 'br');
  assert.equal(br.headers.get('vary'), 'Accept-Encoding');
  const brBytes = Buffer.from(await br.arrayBuffer());
  assert.equal(Number(br.headers.get('content-length')), brBytes.length);
  assert.ok(brBytes.length < chunk.length / 3, `${brBytes.length} bytes for ${chunk.length}`);
  assert.equal(brotliDecompressSync(brBytes).toString(), chunk);

  const gz = await get('/assets/consent-BI06SsN_.js', { 'accept-encoding': 'gzip' });
  assert.equal(gz.headers.get('content-encoding'), 'gzip');
  assert.equal(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString(), chunk);

  const plain = await get('/assets/consent-BI06SsN_.js');
  assert.equal(plain.headers.get('content-encoding'), null);
  assert.equal(await plain.text(), chunk);

  const html = await get('/', { 'accept-encoding': 'br' });
  assert.equal(html.headers.get('content-encoding'), 'br');
  assert.match(brotliDecompressSync(Buffer.from(await html.arrayBuffer())).toString(), /<title>home/);
});

test('small files and images travel as they are', async () => {
  const tiny = await get('/tiny.js', { 'accept-encoding': 'br' });
  assert.equal(tiny.headers.get('content-encoding'), null);
  assert.equal(await tiny.text(), 'export {};');
  const icon = await get('/favicon.ico', { 'accept-encoding': 'br' });
  assert.equal(icon.headers.get('content-encoding'), null);
  assert.equal((await icon.arrayBuffer()).byteLength, 4000);
});

test('hashed build files are cached for a year, other files briefly, html revalidated', async () => {
  for (const path of ['/assets/consent-BI06SsN_.js', '/kit/chunks/lit-D8AhzmO2.js'])
    assert.equal((await get(path)).headers.get('cache-control'), 'public, max-age=31536000, immutable', path);
  assert.equal((await get('/audience-gate.js')).headers.get('cache-control'), 'public, max-age=60');
  assert.equal((await get('/index.html')).headers.get('cache-control'), 'no-cache');
});

test('a 304 answers the version and encoding the browser holds, never the bytes of another encoding', async () => {
  const path = '/assets/consent-BI06SsN_.js';
  const br = await get(path, { 'accept-encoding': 'br' });
  const etag = br.headers.get('etag')!;
  const again = await get(path, { 'accept-encoding': 'br', 'if-none-match': etag });
  assert.equal(again.status, 304);
  assert.equal(again.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  const gz = await get(path, { 'accept-encoding': 'gzip', 'if-none-match': etag });
  assert.equal(gz.status, 200);
  assert.equal(gz.headers.get('content-encoding'), 'gzip');
  assert.notEqual(gz.headers.get('etag'), etag);
});

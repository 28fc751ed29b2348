// The PDF's Unicode font (issue 19): assets/DejaVuSans.ttf is what scripts/subset-font.js makes from
// the npm package dejavu-fonts-ttf, at most 60 KB gzip, with the Latin scripts, Vietnamese and every
// sign Intl writes in a Latin-script language; pdf-lib prints with it exactly as with the whole font,
// and a PDF embeds only the glyphs it uses. (test/mandate-form/font-subset.test.ts: the same in a form.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { CHARACTERS, LICENSE, MAX_GZIP, OUT, SOURCE, subset } from '../../scripts/subset-font.js';

const whole = readFileSync(SOURCE);
const shipped = readFileSync(OUT);
const font = fontkit.create(shipped);
const wholeFont = fontkit.create(whole);
const hex = (c) => `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** What Intl writes in the Latin-script languages of Europe and Vietnamese: dates, numbers, lists, ranges. */
function intlSamples() {
  const when = new Date(Date.UTC(2026, 10, 30, 17, 5));
  const later = new Date(+when + 40 * 864e5);
  const out = [];
  for (const locale of [
    ...['fr-BE', 'fr-FR', 'fr-CH', 'fr-LU', 'nl-BE', 'nl-NL', 'de-DE', 'de-CH', 'de-AT', 'en-GB', 'en-US', 'en-IE'],
    ...['vi-VN', 'pl-PL', 'cs-CZ', 'sk-SK', 'hu-HU', 'ro-RO', 'tr-TR', 'it-IT', 'es-ES', 'pt-PT', 'ca-ES'],
    ...['sv-SE', 'fi-FI', 'da-DK', 'nb-NO', 'is-IS', 'lt-LT', 'lv-LV', 'et-EE', 'sl-SI', 'hr-HR', 'sq-AL', 'mt-MT'],
  ]) {
    for (const options of [
      { style: 'currency', currency: 'EUR' },
      { style: 'currency', currency: 'CHF' },
      { style: 'percent', signDisplay: 'always' },
      { notation: 'compact' },
      { style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long' },
    ])
      out.push(new Intl.NumberFormat(locale, options).format(-1234567.5));
    for (const dateStyle of ['full', 'long', 'medium', 'short']) {
      const f = new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: 'long', timeZone: 'Europe/Brussels' });
      out.push(f.format(when), f.formatRange(when, later));
    }
    for (const type of ['conjunction', 'disjunction', 'unit'])
      out.push(new Intl.ListFormat(locale, { type }).format(['Łódź', 'Dvořák', 'Nguyễn']));
    out.push(new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-3, 'day'));
    out.push(new Intl.RelativeTimeFormat(locale).format(2, 'month'));
  }
  return out.join(' ');
}

test('the shipped font is what scripts/subset-font.js makes from dejavu-fonts-ttf, and its licence is the package’s', async () => {
  assert.ok(Buffer.from(await subset(whole)).equals(shipped), 'run `node scripts/subset-font.js` and commit assets/');
  assert.ok(readFileSync('assets/DejaVuSans-LICENSE.txt').equals(readFileSync(LICENSE)));
  assert.match(readFileSync(LICENSE, 'utf8'), /Bitstream Vera/);
  assert.equal(font.familyName, 'DejaVu Sans');
});

test('at most 60 KB gzip, a fraction of the whole font', () => {
  const gzip = gzipSync(shipped, { level: 9 }).length;
  assert.ok(gzip <= MAX_GZIP, `${gzip} B gzip`);
  assert.ok(gzip < gzipSync(whole, { level: 9 }).length / 6);
});

test('every character of the Latin scripts the whole font has, the spaces and signs Intl writes, and no other script', () => {
  const lost = [...CHARACTERS].filter(
    (c) => wholeFont.hasGlyphForCodePoint(c.codePointAt(0)) && !font.hasGlyphForCodePoint(c.codePointAt(0)),
  );
  assert.deepEqual(lost.map(hex), []);
  const named =
    'Nguyễn Łódź-Dvořák Şişli Ærøskøbing Đặng Thị Hương Œuvre Ǆemal Ṭ ǅ\u00a0\u202f\u2009\u2007\u2011\u2010\u2012–—―‐' +
    '’‘‚‛“”„«»‹›…€£¥₺₽₹№‰™°±×÷−\u00ad\u200b\u2060\ufeff\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b';
  const text = `${named} ${intlSamples()}`;
  const missing = [...new Set(text)].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)));
  assert.deepEqual(missing.map(hex), []);
  for (const other of 'ЖΩאعअ中') assert.equal(font.hasGlyphForCodePoint(other.codePointAt(0)), false, other);
});

test('pdf-lib prints any text with the glyphs and widths the whole font gives (ligatures and composed marks included)', () => {
  const words = [
    'office affluent fjord ffi ffl',
    'Nguyễn Łódź-Dvořák, Đặng Thị Hương, Şişli',
    // Typed decomposed: NFC composes most, the rest stays a letter and its marks.
    'Nguye\u0302\u0303n n\u0308 i\u0307 q\u0323\u0300 Dvor\u030ca\u0301k',
    '1\u20442 3\u20444',
    intlSamples(),
  ];
  const texts = [
    ...words,
    ...words.map((w) => w.normalize('NFC')),
    [...CHARACTERS].filter((c) => wholeFont.hasGlyphForCodePoint(c.codePointAt(0))).join(''),
  ];
  // pdf-lib's CustomFontEmbedder: the glyphs of `layout(text)` and each glyph's advanceWidth, nothing else.
  const printed = (f, text) => f.layout(text).glyphs.map((g) => `${g.codePoints} ${g.advanceWidth} ${g.path.toSVG()}`);
  for (const text of texts) assert.deepEqual(printed(font, text), printed(wholeFont, text), text.slice(0, 60));
});

test('a PDF of “Nguyễn Łódź-Dvořák” embeds only the glyphs it uses and reads back exactly', async () => {
  const name = 'Nguyễn Łódź-Dvořák';
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const embedded = await doc.embedFont(shipped, { subset: true });
  doc.addPage([300, 100]).drawText(name, { x: 20, y: 50, size: 14, font: embedded });
  const bytes = await doc.save();
  const dir = mkdtempSync(join(tmpdir(), 'procura-font-'));
  try {
    const file = join(dir, 'name.pdf');
    writeFileSync(file, bytes);
    assert.equal(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).trim(), name);
    assert.match(
      execFileSync('pdffonts', [file], { encoding: 'utf8' }),
      /DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes/,
    );
    const programs = [];
    const read = await PDFDocument.load(bytes);
    for (const [, obj] of read.context.enumerateIndirectObjects()) {
      if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
      const stream = read.context.lookup(obj.get(PDFName.of('FontFile2')));
      if (stream instanceof PDFRawStream) programs.push(fontkit.create(decodePDFRawStream(stream).decode()));
    }
    assert.equal(programs.length, 1);
    // The name's 17 different characters, .notdef, and the parts its accented letters are built from.
    assert.ok(programs[0].numGlyphs >= 18 && programs[0].numGlyphs <= 40, `${programs[0].numGlyphs} glyphs`);
    assert.ok(bytes.length < 20_000, `${bytes.length} B`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// `node scripts/subset-font.js`: writes assets/DejaVuSans.ttf, the PDF's Unicode font (issue 19),
// from the npm package `dejavu-fonts-ttf` with HarfBuzz's subsetter (npm `subset-font`, WebAssembly):
// the same inputs give the same bytes, and nothing is fetched. The whole DejaVu Sans is 740 KB
// (377 KB gzip); a mandate's names and texts need the Latin scripts only.
//
// Kept: Latin, Latin-1, Latin Extended A and B, spacing modifiers and combining marks (a name typed
// decomposed), Latin Extended Additional (Vietnamese), and the punctuation and signs that Intl and
// the dictionaries emit (no-break and narrow no-break spaces, quotes, dashes, ellipsis, €, №, −).
// Not kept: Greek, Cyrillic, Arabic and the rest: a name in those scripts is not covered.
//
// The font's one reader is pdf-lib, which takes the glyphs fontkit's shaping chooses and their
// advance widths, never the positions: the substitutions fontkit applies stay (ligatures, composed
// marks), the positioning table (kerning, mark offsets: GPOS), hinting and the MATH table go. A PDF
// prints every text with the glyphs and widths the whole font gives (test/e2e/font-subset.test.js).
//
// Licence: DejaVu's changes are public domain, the Bitstream Vera glyphs are under the Bitstream
// Vera licence, which allows modified copies under a name without "Bitstream" or "Vera": the subset
// keeps the name DejaVu Sans. assets/DejaVuSans-LICENSE.txt is the package's LICENSE, unchanged.
import { readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

/** Inclusive code point ranges. */
export const RANGES = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0xff], // Latin-1 Supplement
  [0x100, 0x17f], // Latin Extended-A
  [0x180, 0x24f], // Latin Extended-B
  [0x2b0, 0x2ff], // Spacing Modifier Letters (ʼ ˆ ˇ ˘ ˙ ˚ ˛ ˜ ˝)
  [0x300, 0x36f], // Combining Diacritical Marks
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese)
  [0x2000, 0x206f], // General Punctuation (thin and narrow no-break spaces, dashes, quotes, …, ‰, ‹ ›)
  [0x20a0, 0x20c0], // Currency Symbols (€, ₺, ₽, ₹, …)
  [0x2100, 0x2122], // Letterlike Symbols up to ™ (№, ℓ, ℮)
  [0x2212, 0x2212], // minus sign (Intl's negative numbers in some locales)
  [0xfeff, 0xfeff], // zero-width no-break space
  [0xfffd, 0xfffd], // replacement character
];

/** The substitution features fontkit's default shaper applies to a left-to-right text (its COMMON, HORIZONTAL, fraction and direction features). */
export const FEATURES = [
  'rvrn',
  'ltra',
  'ltrm',
  'frac',
  'numr',
  'dnom',
  'ccmp',
  'locl',
  'rlig',
  'calt',
  'clig',
  'liga',
  'rclt',
];

export const SOURCE = 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf';
export const OUT = 'assets/DejaVuSans.ttf';
export const LICENSE = 'node_modules/dejavu-fonts-ttf/LICENSE';
export const MAX_GZIP = 60 * 1024;

/** Every code point of RANGES, as one string. */
export const CHARACTERS = RANGES.flatMap(([a, b]) =>
  Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)),
).join('');

/** The subset's bytes, made from the whole font. */
export function subset(source = readFileSync(SOURCE)) {
  return subsetFont(source, CHARACTERS, {
    targetFormat: 'sfnt',
    noHinting: true,
    keepFeatures: FEATURES,
    dropTables: ['GPOS', 'MATH', 'gasp'],
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bytes = await subset();
  mkdirSync('assets', { recursive: true });
  writeFileSync(OUT, bytes);
  copyFileSync(LICENSE, 'assets/DejaVuSans-LICENSE.txt');
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  console.log(`${OUT}: ${(bytes.length / 1024).toFixed(1)} KB, gzip ${(gzip / 1024).toFixed(1)} KB, sha256 ${sha}…`);
  if (gzip > MAX_GZIP) {
    console.error(`over the budget of ${MAX_GZIP / 1024} KB gzip`);
    process.exit(1);
  }
}

/**
 * The PDF's texts as characters: what is cleaned before printing, which font can print them
 * (Helvetica's WinAnsi, or the Unicode font's glyphs), and how a text is cut into lines.
 */
import type { PDFFont } from 'pdf-lib';

const CP1252 = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
/** Intl's narrow and no-break spaces, tabs and the other wide spaces: printed as a plain space. */
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;
/**
 * What is never printed: control characters (`\p{Cc}`, the line break kept), format characters
 * (`\p{Cf}`: soft hyphen, zero-width spaces and joiners, BOM, and the bidi embeddings, overrides
 * and isolates: a U+202E in a name would make the signed document read differently from what was
 * typed) and the line and paragraph separators. Written as Unicode categories, not as a list of
 * control characters, so that the pattern holds no control character itself.
 */
const INVISIBLE = /(?!\n)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** A text as it is printed: NFC, spaces made plain, invisible characters removed. */
export const clean = (s: string): string => s.normalize('NFC').replace(SPACES, ' ').replace(INVISIBLE, '');

/** Whether Helvetica (WinAnsi, not embedded) prints every character of `s`. */
export const isWinAnsi = (s: string): boolean =>
  [...s].every((ch) => {
    const c = ch.codePointAt(0) ?? 0;
    return c === 10 || (c >= 0x20 && c <= 0x7e) || (c >= 0xa1 && c <= 0xff) || CP1252.includes(ch);
  });

/** The characters of `texts` that `hasGlyph` lacks, each once, in the order they first appear (line breaks are never drawn). */
export function unprintable(texts: string[], hasGlyph: (codePoint: number) => boolean): string[] {
  const missing = new Set<string>();
  for (const s of texts) for (const ch of s) if (ch !== '\n' && !hasGlyph(ch.codePointAt(0) ?? 0)) missing.add(ch);
  return [...missing];
}

/** Cuts a word wider than `width` where it overflows (a hash, an address); returns the full lines and the rest. */
function cutWord(word: string, width: number, w: (x: string) => number): { full: string[]; rest: string } {
  const full: string[] = [];
  let part = '';
  for (const ch of word) {
    if (part && w(part + ch) > width) {
      full.push(part);
      part = '';
    }
    part += ch;
  }
  return { full, rest: part };
}

/** Breaks a text into lines that fit `width`; a word longer than a line (a hash, an address) is cut. */
export function wrap(s: string, font: PDFFont, size: number, width: number): string[] {
  // Widths are measured once per word and added up: with an embedded font each measure is a text layout.
  const w = (x: string) => font.widthOfTextAtSize(x, size);
  const space = w(' ');
  const lines: string[] = [];
  for (const para of s.split('\n')) {
    let line = '';
    let lw = 0;
    for (const word of para.split(' ')) {
      const ww = w(word);
      if (line && lw + space + ww <= width) {
        line += ` ${word}`;
        lw += space + ww;
        continue;
      }
      if (line) lines.push(line);
      const { full, rest } = ww <= width ? { full: [], rest: word } : cutWord(word, width, w);
      lines.push(...full);
      line = rest;
      lw = rest === word ? ww : w(rest);
    }
    lines.push(line);
  }
  return lines;
}

/**
 * The lines of `s` as `wrap` cut them, each keeping the space it was cut at: a tagged
 * paragraph is read as the concatenation of its lines, and without it "est\nenvoyé"
 * reads "estenvoyé". A word cut inside (a hash) gets no space. The space is invisible.
 */
export function spaced(s: string, lines: string[]): string[] {
  let at = 0;
  return lines.map((l, n) => {
    const found = s.indexOf(l, at);
    if (found >= 0) at = found + l.length;
    return n < lines.length - 1 && found >= 0 && (s[at] === ' ' || s[at] === '\n') ? `${l} ` : l;
  });
}

/** `wrap` then `spaced`: the lines of a tagged paragraph. */
export const linesOf = (s: string, font: PDFFont, size: number, width: number): string[] =>
  spaced(s, wrap(s, font, size, width));

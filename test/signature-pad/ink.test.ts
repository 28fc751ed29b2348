import { expect } from '@open-wc/testing';
import '../support/env.js';
import type { PointGroup } from 'signature_pad';
import {
  fitScale,
  inkBox,
  inkFromScan,
  isEnoughInk,
  measureStrokes,
  parseMethods,
  scaleStrokes,
} from '../../src/signature-pad/ink.js';
import { at } from '../support/at.js';

const group = (pts: [number, number][]): PointGroup => ({
  points: pts.map(([x, y], i) => ({ x, y, pressure: 0.5, time: i * 10 })),
  penColor: 'black',
  dotSize: 0,
  minWidth: 0.8,
  maxWidth: 2.8,
  velocityFilterWeight: 0.7,
  compositeOperation: 'source-over',
});
const zigzag = (x0: number, x1: number, yTop: number, yBottom: number, n = 12): [number, number][] =>
  Array.from({ length: n }, (_, i) => [x0 + ((x1 - x0) * i) / (n - 1), i % 2 ? yTop : yBottom]);

describe('signature pad: ink rules', () => {
  it('offers drawn and uploaded by default, and upload whenever drawing is the only method', () => {
    expect(parseMethods(undefined)).to.deep.equal(['drawn', 'uploaded']);
    expect(parseMethods('')).to.deep.equal(['drawn', 'uploaded']);
    expect(parseMethods('drawn')).to.deep.equal(['drawn', 'uploaded']);
    expect(parseMethods('typed  drawn')).to.deep.equal(['drawn', 'typed']);
    expect(parseMethods('typed')).to.deep.equal(['typed']);
    expect(parseMethods('scribble')).to.deep.equal(['drawn', 'uploaded']);
  });

  it('measures path length and box', () => {
    const m = measureStrokes([
      group([
        [0, 0],
        [3, 4],
      ]),
      group([[10, 10]]),
    ]);
    expect(m.length).to.equal(5);
    expect(m.box).to.deep.equal({ x: 0, y: 0, w: 10, h: 10 });
    expect(measureStrokes([]).box).to.equal(null);
  });

  it('accepts a signature-like path and refuses a dot, a short line and a straight line', () => {
    expect(isEnoughInk([group(zigzag(60, 520, 60, 150))], 600, 200)).to.equal(true);
    expect(isEnoughInk([group([[300, 100]])], 600, 200)).to.equal(false);
    expect(
      isEnoughInk(
        [
          group([
            [300, 100],
            [330, 105],
            [360, 100],
          ]),
        ],
        600,
        200,
      ),
    ).to.equal(false);
    expect(
      isEnoughInk(
        [
          group([
            [20, 20],
            [580, 180],
          ]),
        ],
        600,
        200,
      ),
    ).to.equal(false);
    expect(
      isEnoughInk(
        [
          group([
            [20, 100],
            [300, 101],
            [580, 100],
          ]),
        ],
        600,
        200,
      ),
    ).to.equal(false);
    expect(isEnoughInk([], 600, 200)).to.equal(false);
    // Relative to the pad: the same small scribble passes on a small pad, not on a wide one.
    const small = [group(zigzag(10, 130, 20, 60))];
    expect(isEnoughInk(small, 300, 100)).to.equal(true);
    expect(isEnoughInk(small, 1500, 500)).to.equal(false);
  });

  it('scales strokes without touching the original', () => {
    const g = [
      group([
        [10, 20],
        [30, 40],
      ]),
    ];
    const s = scaleStrokes(g, 0.5);
    expect(at(s, 0).points.map((p) => [p.x, p.y])).to.deep.equal([
      [5, 10],
      [15, 20],
    ]);
    expect(at(at(g, 0).points, 0).x).to.equal(10);
    expect(at(s, 0).penColor).to.equal('black');
  });

  it('fits into 1200×400 without enlarging past the limit', () => {
    expect(fitScale(300, 100)).to.equal(1);
    expect(fitScale(300, 100, 2)).to.equal(2);
    expect(fitScale(2400, 400, 2)).to.equal(0.5);
    expect(fitScale(600, 800)).to.equal(0.5);
  });

  it('makes paper transparent and keeps ink, then finds its box', () => {
    const w = 20,
      h = 10;
    const data = new Uint8ClampedArray(w * h * 4).fill(235);
    const ink = (x: number, y: number) => data.set([20, 30, 60, 255], (y * w + x) * 4);
    ink(5, 3);
    ink(6, 3);
    ink(12, 7);
    expect(inkFromScan(data)).to.equal(3);
    expect(data[3]).to.equal(0);
    expect(data[(3 * w + 5) * 4 + 3]).to.equal(255);
    expect(inkBox(data, w, h)).to.deep.equal({ x: 5, y: 3, w: 8, h: 5 });
    const blank = new Uint8ClampedArray(w * h * 4).fill(200);
    expect(inkFromScan(blank)).to.equal(0);
    expect(inkBox(blank, w, h)).to.equal(null);
  });
});

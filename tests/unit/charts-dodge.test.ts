/**
 * The indicator map's circles moved apart (src/charts/dodge.ts): no two
 * overlap, each stays inside the frame, each sits at the free point nearest
 * its place, and the same input always gives the same map.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_COVER, dodgeCircles, fittedLargestRadius, type DodgedCircle } from '../../src/charts/dodge.ts';
import { symbolMapSvg } from '../../src/charts/symbol-map.ts';
import { worldCountries } from '../../src/charts/world.ts';

const GAP = 1.5;
const frame = { width: 400, height: 300 };
/** Rounding of the computed points: a circle may touch another by this much. */
const TOLERANCE = 1e-6;

function overlaps(circles: readonly DodgedCircle[], centres: readonly [number, number][]): string[] {
  const found: string[] = [];
  for (let i = 0; i < circles.length; i++)
    for (let j = i + 1; j < circles.length; j++) {
      const [[xi, yi], [xj, yj]] = [centres[i]!, centres[j]!];
      const apart = Math.hypot(xi - xj, yi - yj);
      if (apart < circles[i]!.r + circles[j]!.r + GAP - TOLERANCE) found.push(`${i} and ${j}: ${apart}`);
    }
  return found;
}

const outside = (circles: readonly DodgedCircle[], centres: readonly [number, number][]) =>
  circles.filter(({ r }, i) => {
    const [x, y] = centres[i]!;
    return (
      x < r - TOLERANCE || x > frame.width - r + TOLERANCE || y < r - TOLERANCE || y > frame.height - r + TOLERANCE
    );
  });

/** Circles largest first, as the map gives them, crowded into `spread` pixels around (cx, cy), covering less than MAX_COVER. */
const crowd = (spread: number) =>
  fc
    .array(
      fc.record({
        px: fc.double({ min: 0, max: spread, noNaN: true }),
        py: fc.double({ min: 0, max: spread, noNaN: true }),
        r: fc.double({ min: 2.5, max: 16, noNaN: true }),
      }),
      { minLength: 1, maxLength: 60 },
    )
    .map((circles) => circles.sort((a, b) => b.r - a.r))
    .filter(
      (circles) =>
        circles.reduce((sum, { r }) => sum + Math.PI * (r + GAP / 2) ** 2, 0) <= MAX_COVER * frame.width * frame.height,
    );

describe('dodged circles', () => {
  test('no two circles overlap and every circle stays inside the frame, however crowded their places', () => {
    fc.assert(
      fc.property(crowd(60), fc.double({ min: -20, max: 420, noNaN: true }), (circles, shift) => {
        const moved = circles.map((c) => ({ ...c, px: c.px + shift, py: c.py + shift / 2 }));
        const centres = dodgeCircles(moved, frame, GAP);
        expect(overlaps(moved, centres)).toEqual([]);
        expect(outside(moved, centres)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  test('each circle sits at the free point nearest its place: no free point of a fine grid is nearer', () => {
    fc.assert(
      fc.property(crowd(80), (circles) => {
        const centres = dodgeCircles(circles, frame, GAP);
        circles.forEach(({ px, py, r }, i) => {
          const [x, y] = centres[i]!;
          const [ox, oy] = [Math.min(Math.max(px, r), frame.width - r), Math.min(Math.max(py, r), frame.height - r)];
          const moved = Math.hypot(x - ox, y - oy);
          if (moved === 0) return;
          // Points of a 1-px grid within the distance moved, free of the circles placed before and inside the frame.
          for (let gx = Math.ceil(ox - moved); gx <= ox + moved; gx++)
            for (let gy = Math.ceil(oy - moved); gy <= oy + moved; gy++) {
              if (Math.hypot(gx - ox, gy - oy) >= moved - 1e-9) continue;
              if (gx < r || gx > frame.width - r || gy < r || gy > frame.height - r) continue;
              const blocked = circles
                .slice(0, i)
                .some((other, j) => Math.hypot(gx - centres[j]![0], gy - centres[j]![1]) < other.r + r + GAP);
              expect(blocked, `circle ${i} moved ${moved} but (${gx}, ${gy}) is free and nearer`).toBe(true);
            }
        });
      }),
      { numRuns: 40 },
    );
  });

  test('a circle whose place is free stays there; one whose place is taken goes just beside', () => {
    const circles = [
      { px: 100, py: 100, r: 10 },
      { px: 100, py: 100, r: 5 },
      { px: 300, py: 200, r: 5 },
    ];
    const centres = dodgeCircles(circles, frame, GAP);
    expect(centres[0]).toEqual([100, 100]);
    expect(centres[2]).toEqual([300, 200]);
    // Straight up from the centre it covers, touching it with the gap between.
    expect(centres[1]![0]).toBeCloseTo(100, 9);
    expect(centres[1]![1]).toBeCloseTo(100 - 10 - 5 - GAP, 9);
  });

  test('the same places give the same centres, whatever was laid out before', () => {
    const circles = Array.from({ length: 80 }, (_, i) => ({
      px: 300 + 40 * Math.sin(i * 1.7),
      py: 80 + 30 * Math.cos(i * 2.3),
      r: 16 - (i % 13),
    })).sort((a, b) => b.r - a.r);
    const first = dodgeCircles(circles, frame, GAP);
    dodgeCircles(circles.slice(0, 40).reverse(), frame, GAP);
    expect(dodgeCircles(structuredClone(circles), frame, GAP)).toEqual(first);
  });
});

describe('circles fitted to the frame', () => {
  test('circles that have room keep their size; too many are drawn smaller, down to the least radius', () => {
    const few = Array.from({ length: 10 }, (_, i) => i / 10);
    expect(fittedLargestRadius(few, frame, { largest: 16, least: 2.5, gap: GAP })).toBe(16);
    const many = Array.from({ length: 800 }, (_, i) => (i % 100) / 100);
    const fitted = fittedLargestRadius(many, frame, { largest: 16, least: 2.5, gap: GAP });
    expect(fitted).toBeLessThan(16);
    const covered = many.reduce((sum, s) => sum + Math.PI * (Math.max(fitted * Math.sqrt(s), 2.5) + GAP / 2) ** 2, 0);
    expect(covered).toBeLessThanOrEqual(MAX_COVER * frame.width * frame.height + 1e-6);
    expect(fittedLargestRadius(Array(5000).fill(1), frame, { largest: 16, least: 2.5, gap: GAP })).toBe(2.5);
  });

  test('a map of 800 crowded places draws them smaller, apart, and its legend at the same scale', () => {
    const symbols = Array.from({ length: 800 }, (_, i) => ({
      key: `place-${i}`,
      label: `Place ${i}`,
      lon: 2 + 4 * Math.sin(i),
      lat: 46 + 3 * Math.cos(i * 1.3),
      value: 1 + ((i * 37) % 100),
      valueLabel: String(i),
    }));
    const svg = symbolMapSvg({
      id: 'crowd',
      title: 't',
      description: 'd',
      symbols,
      countries: worldCountries(),
      legendTitle: 'Surface',
      formatValue: String,
    });
    const circles = [...svg.matchAll(/<circle class="chart__mark[^"]*" cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g)].map(
      (m) => ({ px: Number(m[1]), py: Number(m[2]), r: Number(m[3]) }),
    );
    expect(circles).toHaveLength(800);
    // The SVG rounds to 0.01: circles may touch by that much.
    const tooClose = circles.filter((a, i) =>
      circles.some((b, j) => j > i && Math.hypot(a.px - b.px, a.py - b.py) < a.r + b.r + GAP - 0.03),
    );
    expect(tooClose).toEqual([]);
    const largest = Math.max(...circles.map((c) => c.r));
    expect(largest).toBeLessThan(16);
    // The legend's largest reference circle (100 → 100) is the largest place's circle.
    const legend = [...svg.matchAll(/<circle cx="[\d.]+" cy="[\d.]+" r="([\d.]+)" class="map__legend-circle"/g)];
    expect(Math.max(...legend.map((m) => Number(m[1])))).toBeCloseTo(largest, 1);
  });
});

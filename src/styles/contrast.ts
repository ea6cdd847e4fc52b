/**
 * WCAG 2.2 contrast between two sRGB colours, and the nearest shade of a
 * colour that reaches a ratio: what a network admin reads when a colour of
 * site.yaml would make text hard to read.
 */

/** "#abc" or "#aabbcc", any case. */
export const HEX_COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb {
  if (!HEX_COLOUR.test(hex)) throw new Error(`Not a hex colour: "${hex}"`);
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  return [0, 2, 4].map((i) => Number.parseInt(digits.slice(i, i + 2), 16)) as Rgb;
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance as WCAG defines it (sRGB channels linearised). */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** 4.53 → "4.53:1"; never rounded up past a threshold it does not reach. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/**
 * The shade of `colour` closest to it, mixed step by step towards black or
 * white, for which `passes` holds. Undefined when even black or white fails.
 */
export function nearestShade(
  colour: string,
  towards: 'black' | 'white',
  passes: (candidate: string) => boolean,
): string | undefined {
  const from = parseHex(colour);
  const target: Rgb = towards === 'black' ? [0, 0, 0] : [255, 255, 255];
  for (let step = 1; step <= 100; step++) {
    const candidate = toHex(from.map((c, i) => c + (target[i]! - c) * (step / 100)) as Rgb);
    if (passes(candidate)) return candidate;
  }
  return undefined;
}

/** Text on a light background gets darker to stand out; on a dark one, lighter. */
export function awayFrom(background: string): 'black' | 'white' {
  return luminance(background) > 0.18 ? 'black' : 'white';
}

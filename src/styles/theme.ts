/**
 * A network's colours (site.yaml `colours`) as CSS custom properties, and
 * the pairs of them that carry text, each of which must pass WCAG AA.
 * global.css uses only the custom properties, so the one `:root` block
 * written here recolours every page.
 */
import { awayFrom, contrastRatio, nearestShade } from './contrast.ts';

/** The sample's colours; a network overrides any of them. */
export const DEFAULT_COLOURS = {
  /** Header, buttons, links, focus ring. */
  accent: '#5b2a86',
  /** Links and buttons under the pointer, key figures, map clusters. */
  accentDark: '#3f1c5e',
  /** Body text. */
  ink: '#1d1b22',
  /** Secondary text: places, captions, the footer. */
  muted: '#514d5a',
  /** Page background. */
  paper: '#ffffff',
  /** Background of cards, facts and the footer. */
  tint: '#f5f1fa',
} as const;

export type ColourName = keyof typeof DEFAULT_COLOURS;
export type SiteColours = Record<ColourName, string>;

/** Text on the header and on buttons is always white. */
export const ON_ACCENT = '#ffffff';

/** Where a visitor reads a pair; site.ts names each place in the admin's language (src/catalogue/messages). */
export type ContrastPlace =
  | 'bodyText'
  | 'cardText'
  | 'secondaryText'
  | 'footerText'
  | 'links'
  | 'cardLinks'
  | 'hoverLinks'
  | 'header'
  | 'hoverButtons';

export interface ContrastPair {
  text: ColourName | 'white';
  background: ColourName;
  /** Where a visitor reads this pair, for the message. */
  where: ContrastPlace;
}

/** Every pair of colours global.css, charts.css and map.css put text on. */
export const TEXT_PAIRS: readonly ContrastPair[] = [
  { text: 'ink', background: 'paper', where: 'bodyText' },
  { text: 'ink', background: 'tint', where: 'cardText' },
  { text: 'muted', background: 'paper', where: 'secondaryText' },
  { text: 'muted', background: 'tint', where: 'footerText' },
  { text: 'accent', background: 'paper', where: 'links' },
  { text: 'accent', background: 'tint', where: 'cardLinks' },
  { text: 'accentDark', background: 'paper', where: 'hoverLinks' },
  { text: 'white', background: 'accent', where: 'header' },
  { text: 'white', background: 'accentDark', where: 'hoverButtons' },
];

/** WCAG 2.2 AA for text of normal size. */
export const MINIMUM_TEXT_CONTRAST = 4.5;

export interface ContrastFailure extends ContrastPair {
  textColour: string;
  backgroundColour: string;
  ratio: number;
}

export function contrastFailures(colours: SiteColours): ContrastFailure[] {
  const failures: ContrastFailure[] = [];
  for (const pair of TEXT_PAIRS) {
    const textColour = pair.text === 'white' ? ON_ACCENT : colours[pair.text];
    const backgroundColour = colours[pair.background];
    const ratio = contrastRatio(textColour, backgroundColour);
    if (ratio < MINIMUM_TEXT_CONTRAST) failures.push({ ...pair, textColour, backgroundColour, ratio });
  }
  return failures;
}

const CSS_NAMES: Record<ColourName, string> = {
  accent: '--accent',
  accentDark: '--accent-dark',
  ink: '--ink',
  muted: '--muted',
  paper: '--paper',
  tint: '--tint',
};

/** The `:root` block that sets the network's colours, after global.css's defaults. */
export function themeCss(colours: SiteColours): string {
  const declarations = (Object.keys(CSS_NAMES) as ColourName[]).map(
    (name) => `  ${CSS_NAMES[name]}: ${colours[name].toLowerCase()};`,
  );
  return `/* The network's colours, from site.yaml (src/styles/theme.ts). */\n:root {\n${declarations.join('\n')}\n}\n`;
}

/** The colour a failure is fixed by changing: the text's, or the background's under white text. */
export function colourToChange(failure: ContrastPair): ColourName {
  return failure.text === 'white' ? failure.background : failure.text;
}

/**
 * The nearest shade of one colour with which every pair it takes part in
 * passes, the other colours unchanged: the suggestion for that colour.
 */
export function suggestedShade(colours: SiteColours, name: ColourName): string | undefined {
  const pairs = TEXT_PAIRS.filter((p) => p.text === name || p.background === name);
  // Under white text a background darkens; a text colour moves away from its (first) background.
  const first = pairs[0];
  const towards =
    !first || first.text === 'white' ? 'black' : first.text === name ? awayFrom(colours[first.background]) : 'black';
  return nearestShade(colours[name], towards, (candidate) =>
    contrastFailures({ ...colours, [name]: candidate }).every((f) => colourToChange(f) !== name),
  );
}

/**
 * An indicator's unit as a page writes it, once: a caption leaves it out
 * when the indicator's label already says it ("Support places … per
 * 100,000 inhabitants" is not followed by "per 100,000 inhabitants").
 */
import type { Lang } from '../../i18n/languages.ts';
import type { Translate } from '../../i18n/t.ts';
import type { Indicator } from '../../schemas/kpi.ts';

export function unitLabel(indicator: Pick<Indicator, 'unit' | 'currency'>, t: Translate): string {
  return indicator.unit === 'currency'
    ? t('unit.currency', { currency: indicator.currency ?? '' })
    : t(`unit.${indicator.unit}`);
}

const comparable = (text: string) =>
  text
    .toLocaleLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/[.,]/g, '');

/** The unit for a caption: empty when the label already holds it. */
export function captionUnit(
  indicator: Pick<Indicator, 'unit' | 'currency' | 'label'>,
  lang: Lang,
  t: Translate,
): string {
  const unit = unitLabel(indicator, t);
  return comparable(indicator.label[lang]).includes(comparable(unit)) ? '' : unit;
}

/** A caption written with an empty unit, without the comma left before it ("X, 2024, : …" → "X, 2024: …"). */
export function tidyCaption(caption: string): string {
  return caption.replace(/,\s*(?=[,:]|$)/g, '').trim();
}

/**
 * Colour-blind-safe colours (Okabe & Ito, 2008) for series, and the three risk colours, each of which
 * is always paired with a text label so colour is never the only signal.
 */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** Series colours in order, for stacked bars and multi-line charts (yellow last: weak on white). */
export const SERIES_COLOURS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.vermillion,
  OKABE_ITO.yellow,
];

export const BAND_FILL = OKABE_ITO.skyBlue;
export const MEDIAN_STROKE = OKABE_ITO.blue;
export const QUOTA_STROKE = OKABE_ITO.vermillion;
/** Measured months (actuals) as points, and the as-of month's line: black, apart from the band's blues. */
export const ACTUAL_FILL = OKABE_ITO.black;
export const AS_OF_STROKE = '#555555';

export type RiskClass = 'low' | 'medium' | 'high';

/** Breach probability by the end of the term → risk class: < 5% low, 5–50% medium, > 50% high. */
export function riskClass(breachProbability: number): RiskClass {
  if (breachProbability < 0.05) return 'low';
  if (breachProbability <= 0.5) return 'medium';
  return 'high';
}

/** Background and text colours per risk class; contrast ≥ 4.5:1 for the text on its background. */
export const RISK_COLOURS: Record<RiskClass, { background: string; text: string }> = {
  low: { background: '#d7f0e5', text: '#00573f' },
  medium: { background: '#fbe7b5', text: '#6b4500' },
  high: { background: '#f6cdb5', text: '#8a2b00' },
};

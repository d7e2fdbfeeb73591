import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/extract.js';

const whole = (text: string) => [{ start: 0, end: text.length }];

describe('figures: stretches owned by other stages', () => {
  it('skips numbers inside excluded stretches (credits, footers)', () => {
    const text = 'Police seized 40 kg of heroin. Share 12 Comments';
    const excluded = [{ start: text.indexOf('Share'), end: text.length }];
    const figs = extractFigures(text, { sentences: [{ start: 0, end: 30 }, { start: 31, end: text.length }], excluded });
    expect(figs.map((f) => f.text)).toEqual(['40 kg']);
  });
  it('skips numbers inside DATE spans from the dates stage but keeps durations', () => {
    const text = 'On 14 March 2024 the court jailed him for five years.';
    const dates = [
      { start: 3, end: 16, type: 'DATE' },
      { start: text.indexOf('five'), end: text.indexOf('years') + 5, type: 'DURATION' },
    ];
    expect(extractFigures(text, { sentences: whole(text), dates }).map((f) => f.text)).toEqual(['five years']);
  });
  it('has its own year and date guard when the dates layer is empty', () => {
    const text = 'On 14 March 2024 the court jailed him for five years.';
    expect(extractFigures(text, { sentences: whole(text) }).map((f) => f.text)).toEqual(['five years']);
  });
  it('gives elliptical counts the noun of the figure before', () => {
    const text = 'Some 300 people died and 9,000 were displaced by the floods.';
    const [, second] = extractFigures(text, { sentences: whole(text) });
    expect(second).toMatchObject({ value: 9000, unit: 'person', counts: 'people displaced' });
  });
});

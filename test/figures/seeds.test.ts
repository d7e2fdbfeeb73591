import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figuresOf } from './run.js';

const seed = (name: string) => readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8');
const pick = (figs: ReturnType<typeof figuresOf>, text: string) => figs.find((f) => f.text === text);

describe('figures: seed articles', () => {
  it('002: seizures, arrests with a subset, money, land', () => {
    const figs = figuresOf(seed('002_66193c65785121d0.txt'));
    expect(pick(figs, '134 tonnes')).toMatchObject({ value: 134, unit: 't', quantity: 'mass', counts: 'narcotics seized' });
    expect(pick(figs, '2,001')).toMatchObject({ value: 2001, unit: 'person', quantity: 'count', counts: 'suspects arrested' });
    expect(pick(figs, '75')).toMatchObject({ value: 75, unit: 'person', counts: 'foreign nationals arrested' });
    expect(pick(figs, '$12.797 billion')).toMatchObject({ value: 12797000000, unit: 'USD', quantity: 'money', counts: 'drugs' });
    expect(pick(figs, '40,659 acres')).toMatchObject({ value: 40659, unit: 'acre', quantity: 'area' });
    expect(pick(figs, '110')).toMatchObject({ value: 110, unit: 'person', counts: 'Afghan nationals arrested' });
  });
  it('003: "134 tons" is mass, recorded as the ambiguous ton', () => {
    const figs = figuresOf(seed('003_fb411ceff8b4bc0c.txt'));
    expect(pick(figs, '134 tons')).toMatchObject({ value: 134, unit: 'ton', quantity: 'mass', counts: 'drugs seized' });
  });
  it('000/001: "47%" and "47 percent" are the same decrease', () => {
    const a = pick(figuresOf(seed('000_cce0d2dec809e230.txt')), '47%');
    const b = pick(figuresOf(seed('001_e95a0dfe71d2bbb7.txt')), '47 percent');
    expect(a).toMatchObject({ value: 47, unit: '%', change: 'decrease' });
    expect(a?.counts).toContain('illegal immigration');
    expect(b).toMatchObject({ value: 47, unit: '%', change: 'decrease', counts: 'illegal immigration attempts' });
  });
  it('004: "five years" is a duration', () => {
    expect(pick(figuresOf(seed('004_7bf2bc9db7987c3a.txt')), 'five years')).toMatchObject({ value: 5, unit: 'year', quantity: 'duration' });
  });
});

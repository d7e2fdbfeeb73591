import { describe, expect, it } from 'vitest';
import { unitLexicon, unitById, isPersonNoun } from '../../src/lexicon/units.js';
import { currencyLexicon, resolveCurrency, cueCounter } from '../../src/lexicon/currencies.js';

describe('units lexicon', () => {
  it('has unique ids, a quantity each, and a factor or readings', () => {
    const lx = unitLexicon();
    for (const u of lx.byId.values()) {
      expect(u.quantity).toBeTruthy();
      expect(u.factor !== null || u.readings !== undefined || u.quantity === 'temperature').toBe(true);
    }
  });
  it('keeps ton and tonne apart: t converts, ton lists its readings', () => {
    expect(unitById('t')?.factor).toBe(1000);
    expect(unitById('ton')?.factor).toBeNull();
    expect(unitById('ton')?.readings).toMatchObject({ metric: 1000, short: 907.18474 });
    expect(unitLexicon().byName.get('tonnes')?.id).toBe('t');
    expect(unitLexicon().byName.get('tons')?.id).toBe('ton');
  });
  it('knows people nouns', () => {
    expect(isPersonNoun('suspects')).toBe(true);
    expect(isPersonNoun('nationals')).toBe(true);
    expect(isPersonNoun('acres')).toBe(false);
  });
});

describe('currencies lexicon', () => {
  it('maps signs, prefixes and names to ISO 4217 codes', () => {
    const cx = currencyLexicon();
    expect(cx.symbols.get('US$')).toEqual({ code: 'USD' });
    expect(cx.symbols.get('₦')).toEqual({ code: 'NGN' });
    expect(cx.prefixes.get('KSh')).toEqual({ code: 'KES' });
    expect(cx.prefixes.get('PKR')).toEqual({ code: 'PKR' });
    expect(cx.gluedOnly.has('N')).toBe(true);
    for (const code of cx.codes) expect(code).toMatch(/^[A-Z]{3}$/);
  });
  it('resolves Rs by the article\'s country cues, else records "rupee"', () => {
    const rs = currencyLexicon().prefixes.get('Rs')!;
    expect(resolveCurrency(rs, cueCounter('The Sindh government in Karachi said'))).toBe('PKR');
    expect(resolveCurrency(rs, cueCounter('New Delhi: the Indian ministry said'))).toBe('INR');
    expect(resolveCurrency(rs, cueCounter('The council said'))).toBe('rupee');
    expect(resolveCurrency(currencyLexicon().symbols.get('$')!, cueCounter('The council said'))).toBe('USD');
  });
});

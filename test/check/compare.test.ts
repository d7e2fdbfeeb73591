import { describe, expect, it } from 'vitest';
import { compareArticle, parseExpected, type Expected } from '../../src/check/index.js';
import type { Article } from '../../src/schema/article.js';
import { baseArticle, clone } from './article-factory.js';

const loose = { strictSpans: false };
const strict = { strictSpans: true };

function diff(mutate: (a: Article) => void, options = loose) {
  const expected = baseArticle();
  const actual = clone(expected);
  mutate(actual);
  return compareArticle(expected, actual, options).flatMap((c) => c.findings.map((f) => `${f.kind} ${f.message}`));
}

describe('compareArticle', () => {
  it('one check per compared field, all passing for an identical record', () => {
    const a = baseArticle();
    const checks = compareArticle(a, clone(a), loose);
    expect(checks.map((c) => c.check)).toEqual(['title', 'outlet', 'published', 'dateline', 'eventDate', 'dates', 'people', 'figures', 'agreements']);
    expect(checks.every((c) => c.status === 'pass')).toBe(true);
  });

  it('ignores ids, order, offsets, source and basis unless --strict-spans', () => {
    const mutate = (a: Article) => {
      a.dates.reverse();
      a.dates.forEach((d, i) => ((d.id = `x${i}`), (d.start += 5), (d.end += 5)));
      a.people[0].id = 'p9';
      a.people[0].mentions[0].start += 1;
      a.figures[0].id = 'f7';
      a.figures[0].counts = 'cost';
      a.source = { path: 'elsewhere/port.txt' };
      a.published!.basis = 'option';
      a.eventDate!.evidence!.start += 2;
    };
    expect(diff(mutate)).toEqual([]);
    const strictFindings = diff(mutate, strict);
    expect(strictFindings.filter((f) => f.startsWith('changed'))).toHaveLength(4);
    expect(strictFindings.join('\n')).toContain('eventDate: changed "2025-03-13" @');
  });

  const cases: [string, (a: Article) => void, string[]][] = [
    ['a date changes value', (a) => void (a.dates[1].value = '2025-03-06'), ['changed dates: changed 2025-03-13 "Thursday" → 2025-03-06 "Thursday"']],
    ['a date disappears', (a) => void a.dates.pop(), ['missing dates: missing 2025-03-13 "Thursday"']],
    ['a date changes type', (a) => void (a.dates[1].type = 'TIME'), ['changed dates: changed 2025-03-13 "Thursday" → TIME 2025-03-13 "Thursday"']],
    ['a date appears', (a) => void a.dates.push({ ...a.dates[0], id: 'd3', text: 'next year', value: '2026' }), ['unexpected dates: unexpected 2026 "next year"']],
    [
      'a title changes',
      (a) => void (a.people[0].titles[0].portfolio = 'transportation'),
      ['changed people: changed Amina Odhiambo (Transport Minister [role=minister portfolio=transport]) → Amina Odhiambo (Transport Minister [role=minister portfolio=transportation])'],
    ],
    ['a person loses the title', (a) => void (a.people[0].titles = []), ['changed people: changed Amina Odhiambo (Transport Minister [role=minister portfolio=transport]) → Amina Odhiambo']],
    ['a name changes', (a) => void (a.people[0].name = 'Amina Odhiambo-Wekesa'), ['missing people: missing Amina Odhiambo (Transport Minister [role=minister portfolio=transport])', 'unexpected people: unexpected Amina Odhiambo-Wekesa (Transport Minister [role=minister portfolio=transport])']],
    ['a figure changes unit', (a) => void (a.figures[0].unit = 'EUR'), ['changed figures: changed 450000000 USD "$450 million" → 450000000 EUR "$450 million"']],
    ['a figure changes value', (a) => void (a.figures[0].value = { low: 400, high: 450 }), ['changed figures: changed 450000000 USD "$450 million" → 400–450 USD "$450 million"']],
    ['an agreement changes status', (a) => void (a.agreements[0].status = 'planned'), ['changed agreements: changed signed [Nordline, ports authority] "The ports authority and Nordline signed an agreement" → planned [Nordline, ports authority] "The ports authority and Nordline signed an agreement"']],
    ['an agreement loses a party', (a) => void a.agreements[0].parties.pop(), ['changed agreements: changed signed [Nordline, ports authority] "The ports authority and Nordline signed an agreement" → signed [ports authority] "The ports authority and Nordline signed an agreement"']],
    ['the dateline goes', (a) => void (a.dateline = null), ['missing dateline: missing "Mombasa"']],
    ['an outlet appears', (a) => void (a.outlet = { name: 'Coast Herald', basis: 'input', evidence: null }), ['unexpected outlet: unexpected "Coast Herald"']],
    ['the event date changes', (a) => void (a.eventDate!.date = '2025-03-06'), ['changed eventDate: changed "2025-03-13" → "2025-03-06"']],
    ['the title changes', (a) => void (a.title!.text = 'Port deal sealed'), ['changed title: changed "Port deal signed" → "Port deal sealed"']],
    ['the publication date changes', (a) => void (a.published!.date = '2025-03-15'), ['changed published: changed "2025-03-14" → "2025-03-15"']],
  ];
  it.each(cases)('reports when %s', (_name, mutate, expected) => {
    expect(diff(mutate)).toEqual(expected);
  });

  it('gives each finding the span to annotate (actual when present, else expected)', () => {
    const expected = baseArticle();
    const actual = clone(expected);
    actual.dates.pop();
    const [dates] = compareArticle(expected, actual, loose).filter((c) => c.check === 'dates');
    expect(dates.status).toBe('fail');
    expect(dates.findings[0].spans).toEqual([{ start: expected.dates[1].start, end: expected.dates[1].end, text: 'Thursday' }]);
  });

  it('counts repeated facts (multisets): one of two equal dates missing is a finding', () => {
    const expected = baseArticle();
    expected.dates.push({ ...expected.dates[1], id: 'd3' });
    expect(compareArticle(expected, baseArticle(), loose).flatMap((c) => c.findings.map((f) => f.message))).toEqual(['dates: missing 2025-03-13 "Thursday"']);
  });

  it('checks only the fields a hand-written expected file keeps', () => {
    const parsed = parseExpected(JSON.stringify({ published: { date: '2025-03-14', basis: 'text', evidence: null }, figures: [] }));
    expect(parsed.ok).toBe(true);
    const checks = compareArticle((parsed as { value: Expected }).value, baseArticle(), loose);
    expect(checks.map((c) => [c.check, c.status])).toEqual([
      ['published', 'pass'],
      ['figures', 'fail'],
    ]);
  });

  it('rejects expected files that are not JSON or not article records', () => {
    expect(parseExpected('{nope').ok).toBe(false);
    const bad = parseExpected(JSON.stringify({ dates: [{ value: 3 }] }));
    expect(bad.ok).toBe(false);
    expect((bad as { message: string }).message).toMatch(/^not an article record: dates\.0/);
  });
});

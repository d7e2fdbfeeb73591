import { describe, expect, it } from 'vitest';
import { addConflictChecks, type ArticleResult } from '../../src/check/index.js';
import type { Events } from '../../src/schema/events.js';

const result = (name: string): ArticleResult => ({ name, source: { path: `${name}.txt` }, status: 'pass', checks: [{ check: 'input', status: 'pass', findings: [] }] });
const support = (article: string, text: string, start: number) => ({ article, spans: [{ start, end: start + text.length, text }] });

describe('addConflictChecks', () => {
  const events: Events = {
    schema: 'newsfacts/events@1',
    events: [
      {
        id: 'e1',
        articles: ['a1', 'a2', 'a3'],
        date: null,
        place: null,
        officials: [],
        organizations: [],
        places: [],
        figures: [],
        agreements: [],
        conflicts: [
          {
            field: 'date',
            values: [
              { value: '2025-12-05', sources: [support('a1', 'Friday', 40)] },
              { value: '2025-12-06', sources: [support('a2', 'Saturday', 12)] },
            ],
            kind: 'genuine',
            resolution: { value: null, rule: 'unresolved' },
          },
          {
            field: 'figures[f1]',
            values: [
              { value: '134 t', sources: [support('a1', '134 tonnes', 80)] },
              { value: '134 ton', sources: [support('a3', '134 tons', 70)] },
            ],
            kind: 'equivalent',
            resolution: { value: '134 t', rule: 'canonical-form' },
          },
        ],
      },
    ],
  };

  it('fails only the articles among the values of a genuine conflict, with their own spans', () => {
    const out = addConflictChecks([result('one'), result('broken'), result('two'), result('three')], ['a1', null, 'a2', 'a3'], events);
    expect(out.map((r) => [r.name, r.status, r.checks.map((c) => c.check).join(',')])).toEqual([
      ['one', 'fail', 'input,genuine-conflict'],
      ['broken', 'pass', 'input'],
      ['two', 'fail', 'input,genuine-conflict'],
      ['three', 'pass', 'input,genuine-conflict'],
    ]);
    const [finding] = out[0].checks[1].findings;
    expect(finding).toMatchObject({
      kind: 'genuine-conflict',
      field: 'date',
      message: 'genuine conflict in e1 date: "2025-12-05" (one) vs "2025-12-06" (two)',
      actual: '2025-12-05',
      expected: '2025-12-06',
      spans: [{ start: 40, end: 46, text: 'Friday' }],
    });
    expect(out[2].checks[1].findings[0].spans).toEqual([{ start: 12, end: 20, text: 'Saturday' }]);
  });
});

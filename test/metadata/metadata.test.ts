import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/metadata/read-metadata.js';

const body = 'Officials said on Monday that talks would resume next week.\n\nThe talks stalled in March.';

describe('dateline', () => {
  it.each([
    ['ISLAMABAD: ' + body, 'Islamabad', null],
    ['ISLAMABAD (Dunya News) - ' + body, 'Islamabad', 'Dunya News'],
    ['LONDON, March 3 (Reuters) - ' + body, 'London', 'Reuters'],
    ['Abuja — ' + body, 'Abuja', null],
    ['DERA ISMAIL KHAN: ' + body, 'Dera Ismail Khan', null],
    ['NAIROBI, Kenya — ' + body, 'Nairobi', null],
    ['JOHANNESBURG, South Africa (AP) — ' + body, 'Johannesburg', 'AP'],
    ['Islamabad:\n\n' + body, 'Islamabad', null],
    ['Trade talks collapse\n\nNEW DELHI: ' + body, 'New Delhi', null],
    ['BEIJING, Dec. 7 (Xinhua) -- ' + body, 'Beijing', 'Xinhua'],
    ['Peshawar, Dec 7: ' + body, 'Peshawar', null],
    ['KARACHI, Dec 7 (APP): ' + body, 'Karachi', 'APP'],
  ])('%j', (text, place, outlet) => {
    const m = readMetadata(text, {});
    expect(m.dateline?.place ?? null).toBe(place);
    if (m.dateline) expect(text.slice(m.dateline.evidence.start, m.dateline.evidence.end).toLowerCase()).toBe(place!.toLowerCase());
    expect(m.outlet?.name ?? null).toBe(outlet);
  });

  it.each(['Note: figures are provisional. ' + body, 'Meanwhile: ' + body, 'However — ' + body, body])('no dateline in %j', (text) => {
    expect(readMetadata(text, {}).dateline).toBeNull();
  });
});

describe('published', () => {
  it.each([
    [body + '\n\nPublished in Dawn, December 7th, 2025', '2025-12-07', 'Dawn'],
    ['Updated: 14 March 2024 09:10 PKT\n\n' + body, '2024-03-14', null],
    ['Budget passes\nBy Amina Yusuf | March 5, 2025\n\n' + body, '2025-03-05', null],
    ['Thursday, January 9, 2025\n\nKARACHI: ' + body, '2025-01-09', null],
    [' date 2026-01-24 Ministers meet in Kabul. — APP\n\n' + body, '2026-01-24', 'APP'],
    ['Posted on Feb. 2, 2026\n\n' + body, '2026-02-02', null],
    ['Sunday 7 December 2025 09.12 GMT\n\n' + body, '2025-12-07', null],
    ['Last Updated: 07 Dec 2025, 10:31 AM IST\n\n' + body, '2025-12-07', null],
    ['Dec 07, 2025 | 10:31 AM\n\n' + body, '2025-12-07', null],
  ])('%j → %s', (text, date, outlet) => {
    const m = readMetadata(text, {});
    expect(m.published?.date).toBe(date);
    expect(m.published?.basis).toBe('text');
    expect(m.outlet?.name ?? null).toBe(outlet);
  });

  it('never takes an arbitrary date from the body', () => {
    const text = 'Elections set\n\nLAHORE: The vote was held on February 8, 2024, officials said.\nTurnout was 47 percent.\nCounting ended on February 9, 2024.';
    expect(readMetadata(text, {}).published).toBeNull();
  });

  it('prefers the input record, then the text, then the URL, then --published', () => {
    const text = 'Updated: 14 March 2024\n\n' + body;
    expect(readMetadata(text, { published: '2024-03-15' }).published).toEqual({ date: '2024-03-15', basis: 'input', evidence: null });
    expect(readMetadata(text, { publishedOption: '2020-01-01' }).published?.basis).toBe('text');
    expect(readMetadata(body, { url: 'https://example.com/2023/11/02/story', publishedOption: '2020-01-01' }).published).toEqual({
      date: '2023-11-02',
      basis: 'input',
      evidence: null,
    });
    expect(readMetadata(body, { publishedOption: '2020-01-01' }).published).toEqual({ date: '2020-01-01', basis: 'option', evidence: null });
  });

  it('marks credit lines as excluded from facts', () => {
    const text = body + '\n\nPublished in Dawn, December 7th, 2025';
    const m = readMetadata(text, {});
    expect(m.excluded.map((s) => s.text)).toEqual(['Published in Dawn, December 7th, 2025']);
  });
});

describe('title and outlet', () => {
  it('takes a headline line, printed once or twice', () => {
    const text = 'Nigeria, Ghana sign trade pact\n\nNigeria, Ghana sign trade pact\n\nABUJA — ' + body;
    const m = readMetadata(text, {});
    expect(m.title?.text).toBe('Nigeria, Ghana sign trade pact');
    expect(m.bodyStart).toBe(text.indexOf('Officials'));
  });

  it('does not take a first paragraph as a headline', () => {
    expect(readMetadata('KARACHI: ' + body, {}).title).toBeNull();
    expect(readMetadata('The central bank held its policy rate at 22% on Monday, citing inflation.\n\nMore text.', {}).title).toBeNull();
  });

  it('reads a source line', () => {
    expect(readMetadata(body + '\n\nSource: APP', {}).outlet?.name).toBe('APP');
    expect(readMetadata(body + '\n\nSource: APP', {}).excluded.map((s) => s.text)).toEqual(['Source: APP']);
    expect(readMetadata(body + '\n\nCourtesy: The Express Tribune', {}).outlet?.name).toBe('The Express Tribune');
  });

  it('reads agency credits at the end of a header line', () => {
    expect(readMetadata('Leaders meet in Doha - Reuters\n\n' + body, {}).outlet?.name).toBe('Reuters');
    expect(readMetadata('Leaders meet in Doha (AFP)\n\n' + body, {}).outlet?.name).toBe('AFP');
  });

  it('lets the input record name the title and outlet', () => {
    const m = readMetadata(body, { title: 'Talks to resume', outlet: 'Associated Press of Pakistan' });
    expect(m.title).toEqual({ text: 'Talks to resume', basis: 'input', evidence: null });
    expect(m.outlet).toEqual({ name: 'APP', basis: 'input', evidence: null });
  });
});

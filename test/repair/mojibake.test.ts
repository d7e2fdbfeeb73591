import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { fixMojibake, mojibakePass } from '../../src/input/repair/mojibake.js';
import { SLOPPY_CP1252, SLOPPY_CP874, type SloppyCodec } from '../../src/input/repair/sloppy-codecs.js';
import { badness } from '../../src/input/repair/badness.js';

/** Make mojibake: encode as UTF-8, decode with a sloppy single-byte codec (as a broken scraper does). */
function garble(s: string, codec: SloppyCodec = SLOPPY_CP1252): string {
  const charOf = new Map<number, number>();
  for (const [cp, b] of codec.byteOf) charOf.set(b, cp);
  return Array.from(Buffer.from(s, 'utf8'), (b) => String.fromCodePoint(charOf.get(b)!)).join('');
}
const latin1 = (s: string) => iconv.decode(Buffer.from(s, 'utf8'), 'latin1');

const CLEAN_SENTENCES = [
  'The minister’s “zero-tolerance” policy — announced on Monday — drew praise…',
  'José Martínez met François Hollande and Łukasz Żółć in Zürich for €2.5m talks.',
  'Recep Tayyip Erdoğan spoke to Nguyễn Phú Trọng; Søren Kierkegaard’s books sold out.',
  'Moscow is Москва, Athens is Αθήνα, and the ™ and • marks survive 😀.',
];

describe('mojibake repair', () => {
  it.each(CLEAN_SENTENCES)('single-layer cp1252: %s', (s) => {
    const bad = garble(s);
    expect(bad).not.toBe(s);
    expect(fixMojibake(bad)).toBe(s);
  });

  it.each(CLEAN_SENTENCES)('double-layer cp1252: %s', (s) => {
    expect(fixMojibake(garble(garble(s)))).toBe(s);
  });

  it.each(CLEAN_SENTENCES)('Latin-1 (C1 controls), single and double: %s', (s) => {
    expect(fixMojibake(latin1(s))).toBe(s);
    expect(fixMojibake(latin1(latin1(s)))).toBe(s);
  });

  it('mixed cp1252 then Latin-1 layers', () => {
    const s = 'Naqvi’s “policy”';
    expect(fixMojibake(latin1(garble(s)))).toBe(s);
  });

  it('Thai-range mojibake (UTF-8 read as Windows-874) of dashes, quotes and accents', () => {
    const s = 'Naqvi’s aide — José — said “no”';
    expect(fixMojibake(garble(s, SLOPPY_CP874))).toBe(s);
  });

  it('the classic forms seen in scraped news', () => {
    expect(fixMojibake('Pakistanâ€™s interior minister')).toBe('Pakistan’s interior minister');
    expect(fixMojibake('â€œWe attach importanceâ€ said Baker')).toBe('“We attach importance” said Baker');
    expect(fixMojibake('ChargÃ© dâ€™Affaires')).toBe('Chargé d’Affaires');
    expect(fixMojibake('costs Â£5m')).toBe('costs £5m');
  });

  it('leaves U+FFFD alone and fixes what is still decodable around it', () => {
    // ” is E2 80 9D; 0x9D is undefined in cp1252, so a strict decoder left U+FFFD.
    const lossy = iconv.decode(Buffer.from('“Yes,” said José', 'utf8'), 'windows-1252');
    expect(lossy).toContain('\ufffd');
    const fixed = fixMojibake(lossy);
    expect(fixed).toContain('\ufffd');
    expect(fixed.startsWith('“Yes,')).toBe(true);
    expect(fixed.endsWith('said José')).toBe(true);
  });

  const UNTOUCHED = [
    'SÃO PAULO — A Câmara dos Deputados aprovou a lei; NÃO houve acordo, disse a mãe.',
    'À Montréal, l’âme du Québec: pâtisserie, château, Noël, naïve, garçon, «ADIÓS».',
    'CAFÉ’S OWNER said PARÍS” was his home; STRAßE’S sign; ÉTÉ’ — the headline.',
    'ภาษาไทย เกมแกก โลก กรุงเทพมหานคร',
    'A broken byte stays broken: caf\ufffd and â\ufffd.',
    'Plain ASCII text with "quotes" and -- dashes.',
  ];
  it.each(UNTOUCHED)('clean text untouched: %s', (s) => {
    expect(fixMojibake(s)).toBe(s);
    expect(mojibakePass.find(s)).toEqual([]);
  });

  it('edits are in the current text coordinates and replace exactly the run', () => {
    const text = 'Minister Naqviâ€™s aide';
    const edits = mojibakePass.find(text);
    expect(edits).toHaveLength(1);
    expect(text.slice(edits[0].start, edits[0].end)).toBe('â€™');
    expect(edits[0].replacement).toBe('’');
  });

  it('badness: clean text scores 0, mojibake scores higher', () => {
    for (const s of CLEAN_SENTENCES) expect(badness(s)).toBe(0);
    for (const s of CLEAN_SENTENCES) expect(badness(garble(s))).toBeGreaterThan(0);
  });
});

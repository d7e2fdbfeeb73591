import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../src/people/extract-people.js';
import { inputWith, per } from './helpers.js';

describe('document-level linking', () => {
  it('links surname, honorific and title + surname mentions to the full name', () => {
    const text =
      'Home Minister Amit Verma met Ambassador Claire Dubois in Delhi. Mr Verma said talks went well. ' +
      '"We agree," Ms Dubois told reporters. Minister Verma later left. Verma will travel on Friday.';
    const people = extractPeople(inputWith(text, per('Amit Verma', 'Claire Dubois')));
    expect(people.map((p) => p.name)).toEqual(['Amit Verma', 'Claire Dubois']);
    expect(people[0].mentions.map((m) => m.text)).toEqual(['Amit Verma', 'Mr Verma', 'Verma', 'Verma']);
    expect(people[1].mentions.map((m) => m.text)).toEqual(['Claire Dubois', 'Ms Dubois']);
    expect(people[0].titles).toHaveLength(1);
    expect(people[0].titles[0]).toMatchObject({ role: 'minister', portfolio: 'home_affairs' });
    expect(people[1].titles[0]).toMatchObject({ role: 'ambassador' });
  });

  it('strips a title the tagger left inside the PER span', () => {
    const text = 'Talks were held with Ambassador Claire Dubois and Mr. Obi Nwosu.';
    const people = extractPeople(inputWith(text, per('Ambassador Claire Dubois', 'Mr. Obi Nwosu')));
    expect(people.map((p) => p.name)).toEqual(['Claire Dubois', 'Obi Nwosu']);
    expect(people[0].mentions[0].text).toBe('Claire Dubois');
    expect(people[0].titles[0]).toMatchObject({ role: 'ambassador', text: 'Ambassador' });
    expect(people[1].mentions[0].text).toBe('Mr. Obi Nwosu');
  });

  it('merges a one-letter spelling slip of the given name, keeps different people apart', () => {
    const text = 'Mohin Rashid chaired the talks. Mohsin Rashid said more. Later Nawaz Rashid and Shehzad Rashid spoke.';
    const people = extractPeople(inputWith(text, per('Mohin Rashid', 'Mohsin Rashid', 'Nawaz Rashid', 'Shehzad Rashid')));
    expect(people.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Mohin Rashid', 2],
      ['Nawaz Rashid', 1],
      ['Shehzad Rashid', 1],
    ]);
  });

  it('attaches an ambiguous surname to the nearest full name before it', () => {
    const text = 'John Baker spoke first. Then Natalie Baker replied. Baker said the deal was close.';
    const people = extractPeople(inputWith(text, per('John Baker', 'Natalie Baker', 'Baker')));
    expect(people.find((p) => p.name === 'Natalie Baker')!.mentions).toHaveLength(2);
    expect(people.find((p) => p.name === 'John Baker')!.mentions).toHaveLength(1);
  });

  it('finds honorific and title mentions without any tagger output', () => {
    const text = 'Speaking at the event, Dr Fatima Zaidi said the plan would work. President Ruto agreed.';
    const people = extractPeople(inputWith(text));
    expect(people.map((p) => p.name)).toEqual(['Fatima Zaidi', 'Ruto']);
    expect(people[0].mentions[0].text).toBe('Dr Fatima Zaidi');
    expect(people[1].titles[0]).toMatchObject({ role: 'president' });
  });

  it('spans point into the text and ids follow first mention', () => {
    const text = 'Odinga met Raila Odinga’s rival William Kamau. Kamau left.';
    const people = extractPeople(inputWith(text, per('Raila Odinga', 'William Kamau')));
    expect(people.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(people[0].mentions[0].text).toBe('Odinga');
    for (const p of people) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('gives domestic officials the home country only as affiliation', () => {
    const text = 'Interior Minister Ali Raza met Acting US Ambassador Jane Holt.';
    const people = extractPeople(inputWith(text, per('Ali Raza', 'Jane Holt')), { contextCountry: 'PK' });
    expect(people[0].titles[0].country).toBeNull();
    expect(people[0].affiliation).toEqual({ country: 'PK', org: null });
    expect(people[1].affiliation).toEqual({ country: 'US', org: null });
  });

  it('takes the affiliation country from the organization a title names', () => {
    const text = 'Governor of the Central Bank of Kenya Patrick Ndungu spoke in London.';
    const [p] = extractPeople(inputWith(text, per('Patrick Ndungu')), { contextCountry: 'GB' });
    expect(p.affiliation).toEqual({ country: 'KE', org: 'Central Bank of Kenya' });
  });
});

describe('surname sweep', () => {
  it('finds hyphenated surnames and ALL-CAPS headline mentions', () => {
    const text = 'SANWO-OLU WELCOMES PLAN\nGovernor Babajide Sanwo-Olu said on Monday the plan would help. Sanwo-Olu added that work starts soon.';
    const [p] = extractPeople(inputWith(text, per('Babajide Sanwo-Olu')));
    expect(p.mentions.map((m) => m.text)).toEqual(['SANWO-OLU', 'Babajide Sanwo-Olu', 'Sanwo-Olu']);
    expect(p.name).toBe('Babajide Sanwo-Olu');
  });

  it('finds the surname after a particle', () => {
    const text = 'President Abdel Fattah al-Sisi met the envoy. Sisi said talks went well.';
    const [p] = extractPeople(inputWith(text, per('Abdel Fattah al-Sisi')));
    expect(p.mentions.map((m) => m.text)).toEqual(['Abdel Fattah al-Sisi', 'Sisi']);
  });
});

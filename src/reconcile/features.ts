import type { Input } from './input.js';
import { figureKeys } from './units.js';
import { parseName } from './names.js';
import { nameKey } from './fold.js';
import { articleTerms, tfidfVectors, type Vector } from './text-vector.js';

/** What clustering looks at in one article. */
export interface Features {
  id: string;
  /** The resolved event day (days since 1970-01-01), or null: for the veto. */
  day: number | null;
  /** Whether the text states the day (basis `text`), not just the publication day: for "same day" evidence. */
  dayStated: boolean;
  /** The publication day of an article without event day: the event cannot be later. */
  publishedDay: number | null;
  figures: Set<string>;
  /** Folded surnames of the people named. */
  officials: Set<string>;
  /** Folded names of the places mentioned and the dateline. */
  places: Set<string>;
  vector: Vector;
}

export function dayNumber(iso: string): number {
  return Math.round(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000);
}

export function computeFeatures(inputs: Input[]): Features[] {
  const vectors = tfidfVectors(inputs.map((i) => articleTerms(i.article)));
  return inputs.map((input, k) => {
    const a = input.article;
    const officials = new Set<string>();
    for (const p of a.people) {
      const n = parseName(p.name);
      if (n && n.surname.length > 1) officials.add(n.surname);
    }
    const places = new Set<string>();
    for (const p of a.places) for (const n of [p.name, ...p.aliases]) if (nameKey(n)) places.add(nameKey(n));
    if (a.dateline && nameKey(a.dateline.place)) places.add(nameKey(a.dateline.place));
    return {
      id: input.id,
      places,
      day: a.eventDate ? dayNumber(a.eventDate.date) : null,
      dayStated: a.eventDate?.basis === 'text',
      publishedDay: a.published ? dayNumber(a.published.date) : null,
      figures: new Set(a.figures.flatMap(figureKeys)),
      officials,
      vector: vectors[k],
    };
  });
}

import type { Article } from '../schema/article.js';
import { EVENTS_SCHEMA_ID, EventsSchema, type Event, type Events } from '../schema/events.js';
import { mergeAgreements } from './agreements.js';
import { clusterArticles } from './cluster.js';
import type { Outlets } from './conflict.js';
import { mergeEntities } from './entities.js';
import { mergeEventDate } from './event-date.js';
import { computeFeatures } from './features.js';
import { mergeFigures } from './figures.js';
import { byCodeUnit } from './fold.js';
import { prepareInputs, type Input } from './input.js';
import { mergeOfficials } from './officials.js';
import { personRefs, type PersonRef } from './person-refs.js';
import { mergePlace } from './place.js';

export { articleId } from './input.js';

function buildEvent(members: Input[], refsByArticle: Map<string, PersonRef[]>, bySurname: Map<string, PersonRef[]>, outlets: Outlets): Omit<Event, 'id'> {
  const date = mergeEventDate(members, outlets);
  const place = mergePlace(members, outlets);
  const officials = mergeOfficials(
    members.flatMap((m) => refsByArticle.get(m.id) ?? []),
    bySurname,
    outlets,
  );
  const orgs = mergeEntities(members, 'organizations', 'g', outlets);
  const places = mergeEntities(members, 'places', 'pl', outlets);
  const figures = mergeFigures(members, outlets);
  const agreements = mergeAgreements(members, outlets);
  return {
    articles: members.map((m) => m.id),
    date: date.date,
    place: place.place,
    officials: officials.officials,
    organizations: orgs.entities,
    places: places.entities,
    figures: figures.figures,
    agreements: agreements.agreements,
    conflicts: [...date.conflicts, ...place.conflicts, ...officials.conflicts, ...orgs.conflicts, ...places.conflicts, ...figures.conflicts, ...agreements.conflicts],
  };
}

function groupBy<T>(items: T[], key: (x: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = map.get(k);
    if (list) list.push(x);
    else map.set(k, [x]);
  }
  return map;
}

/**
 * Reconciles article records into events (`newsfacts/events@1`).
 *
 * 1. Cluster (cluster.ts, pair-evidence.ts): candidate pairs (all, or blocked on shared keys for
 *    large sets), scored on strong evidence (same stated event day; shared specific figures),
 *    medium (TF-IDF cosine of the record's `terms` — top content terms of the repaired text — plus
 *    its facts' text) and weak (shared officials, places); negative (places and people apart,
 *    stated days differ); linked by explicit rules, strongest first, under a veto: event days
 *    more than 3 days apart never merge.
 * 2. Merge per event, every value with its support (article + spans): date (event-date.ts),
 *    place (place.ts), officials (person-refs.ts, officials.ts, official-titles.ts with the title
 *    ontology), organizations/places (entities.ts), figures (figures.ts, units table), agreements.
 * 3. Classify each disagreement: equivalent | variant | typo | genuine, resolved by
 *    canonical-form | most-specific | majority-independent | unresolved (genuine never picks).
 *
 * Reconciles article records into events: clusters the articles that report one event, merges
 * their facts (each value with the articles and spans behind it) and classifies every
 * disagreement. Pure and deterministic: the same articles in any order give the same output.
 * Article ids are `source.path ?? source.id`.
 */
export function reconcile(articles: Article[]): Events {
  const inputs = prepareInputs(articles);
  const outlets: Outlets = new Map(inputs.map((i) => [i.id, i.outlet]));
  const clusters = clusterArticles(computeFeatures(inputs));
  const allRefs = personRefs(inputs);
  const refsByArticle = groupBy(allRefs, (r) => r.article);
  const bySurname = groupBy(allRefs, (r) => r.parsed.surname);
  const events = clusters
    .map((c) => buildEvent(c.map((i) => inputs[i]), refsByArticle, bySurname, outlets))
    .sort((a, b) => byCodeUnit(a.date?.value ?? '9999', b.date?.value ?? '9999') || byCodeUnit(a.articles[0], b.articles[0]))
    .map((e, i) => ({ id: `e${i + 1}`, ...e }));
  return EventsSchema.parse({ schema: EVENTS_SCHEMA_ID, events });
}

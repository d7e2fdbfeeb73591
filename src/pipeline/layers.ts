import type { Agreement, DateFact, Entity, Figure, Person } from '../schema/article.js';
import type { Token } from '../text/tokens.js';
import type { Sentence } from '../text/sentences.js';

/** A span in `doc.text` coordinates (the assembler maps it to the original text). */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export type Basis = 'text' | 'input' | 'option';

export interface MetadataLayer {
  title: { text: string; basis: Basis; evidence: TextSpan | null } | null;
  outlet: { name: string; basis: Basis; evidence: TextSpan | null } | null;
  published: { date: string; basis: Basis; evidence: TextSpan | null } | null;
  dateline: { place: string; evidence: TextSpan } | null;
  /** Where the article body starts in `doc.text` (after headline, standfirst and dateline). */
  bodyStart: number;
  /** Stretches of `doc.text` that are credits/footers, not article content (no facts from them). */
  excluded: TextSpan[];
}

/** A named-entity mention from the tagger: CoNLL types. */
export interface EntityMention extends TextSpan {
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  tokenStart: number;
  tokenEnd: number;
}

export interface EventDateLayer {
  date: string;
  basis: 'text' | 'published';
  evidence: TextSpan | null;
}

/**
 * Every layer a stage can provide, by name. Facts are in schema shape with spans in
 * `doc.text` coordinates; the assembler maps them to the original.
 */
export interface Layers {
  tokens: Token[];
  sentences: Sentence[];
  metadata: MetadataLayer;
  dates: DateFact[];
  entities: EntityMention[];
  people: Person[];
  organizations: Entity[];
  places: Entity[];
  figures: Figure[];
  agreements: Agreement[];
  eventDate: EventDateLayer | null;
  /** The article's top content terms with counts (for reconcile's TF-IDF), most frequent first. */
  terms: Array<[string, number]>;
}

export type LayerName = keyof Layers;

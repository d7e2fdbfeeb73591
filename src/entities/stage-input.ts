import type { Document } from '../document/document.js';
import type { Layers } from '../pipeline/layers.js';
import { need } from '../pipeline/stage.js';
import { prepare, type MentionInput, type PreparedInput } from '../people/context.js';
import { homeCountry } from './home-country.js';
import { placeMentions } from './place-mentions.js';

/** What the people, organizations and places stages read from a document and its layers. */
export function stageInput(doc: Document, layers: Readonly<Partial<Layers>>): { input: MentionInput; prep: PreparedInput; home: string | null } {
  const metadata = need(layers, 'metadata');
  const input: MentionInput = {
    text: doc.text,
    tokens: need(layers, 'tokens'),
    sentences: need(layers, 'sentences'),
    entities: need(layers, 'entities'),
    excluded: metadata.excluded,
  };
  const prep = prepare(input);
  return { input, prep, home: homeCountry(placeMentions(prep), metadata.dateline?.place ?? null) };
}

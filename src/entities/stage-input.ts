import type { Document } from '../document/document.js';
import type { Layers } from '../pipeline/layers.js';
import { need } from '../pipeline/stage.js';
import { prepare, type MentionInput, type PreparedInput } from '../people/context.js';
import { homeCountry } from './home-country.js';
import { placeMentions } from './place-mentions.js';

/** What the people, organizations and places stages read from a document and its layers (memoized per entities layer). */
export function stageInput(doc: Document, layers: Readonly<Partial<Layers>>): StageInput {
  // people, organizations and places read the same layers: prepare them once per document
  const entities = need(layers, 'entities');
  const hit = memo.get(entities);
  if (hit && hit.input.text === doc.text) return hit;
  const made = build(doc, layers);
  memo.set(entities, made);
  return made;
}

interface StageInput {
  input: MentionInput;
  prep: PreparedInput;
  home: string | null;
}

const memo = new WeakMap<object, StageInput>();

function build(doc: Document, layers: Readonly<Partial<Layers>>): StageInput {
  const metadata = need(layers, 'metadata');
  const input: MentionInput = {
    text: doc.text,
    tokens: need(layers, 'tokens'),
    sentences: need(layers, 'sentences'),
    entities: need(layers, 'entities'),
    excluded: metadata.excluded,
  };
  const prep = prepare(input);
  return { input, prep, home: homeCountry(() => placeMentions(prep), metadata.dateline?.place ?? null) };
}

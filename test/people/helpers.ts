import type { EntityMention } from '../../src/pipeline/layers.js';
import { splitSentences } from '../../src/text/sentences.js';
import { tokenize } from '../../src/text/tokens.js';
import type { MentionInput } from '../../src/people/context.js';

/**
 * A pure-function input with hand-built tagger mentions: every occurrence of each phrase
 * (token-aligned, first phrase wins on overlap) becomes a mention of the given type.
 */
export function inputWith(text: string, phrases: [string, EntityMention['type']][] = []): MentionInput {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const entities: EntityMention[] = [];
  for (const [p, type] of phrases) {
    for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + 1)) {
      const ts = tokens.findIndex((t) => t.start === i);
      const te = tokens.findIndex((t) => t.end === i + p.length);
      if (ts < 0 || te < 0 || entities.some((m) => m.start < i + p.length && i < m.end)) continue;
      entities.push({ start: i, end: i + p.length, text: p, type, tokenStart: ts, tokenEnd: te + 1 });
    }
  }
  entities.sort((a, b) => a.start - b.start);
  return { text, tokens, sentences, entities };
}

export const per = (...names: string[]): [string, EntityMention['type']][] => names.map((n) => [n, 'PER']);

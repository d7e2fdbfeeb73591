import { describe, expect, it } from 'vitest';
import { runEntities } from './run-entities.js';

// Strings that must produce NO entity mention (written for these tests).
const NEGATIVE = [
  'the meeting was held on monday and ended without a statement.',
  'Prices rose by 4.5 percent in the third quarter, officials said.',
  'The government will spend Rs5 billion on new schools this year.',
  'They said the plan would be ready soon.',
  'Security was tightened after the attack, and the roads were closed.',
];

describe('entities: negative cases', () => {
  it.each(NEGATIVE)('%s', (text) => {
    const layers = runEntities(text);
    expect(layers.entities!.map((e) => e.text)).toEqual([]);
  });
});

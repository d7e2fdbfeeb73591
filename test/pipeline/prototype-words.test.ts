import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract.js';

// Words that plain JS objects answer with inherited members ("the constructor of the dam").
const WORDS = Object.getOwnPropertyNames(Object.prototype).filter((w) => /^[a-z]/i.test(w));

describe('words that are also Object.prototype members', () => {
  it.each(WORDS)('"%s" in running text is an ordinary word', (word) => {
    const cap = word[0].toUpperCase() + word.slice(1);
    const text =
      `The ${word} of the dam said on Monday that 5 ${word} of the ${word} agreed with ${cap} Khan, the ${word} minister. ` +
      `${cap} ${word} signed a deal with Pakistan worth $3 million ${word}.`;
    const article = extractText(text, { id: 'proto' }, { published: '2025-12-07' });
    expect(article.figures.map((f) => f.value)).not.toContain(null);
    expect(article.figures.some((f) => f.text.toLowerCase() === word.toLowerCase())).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { globMatcher } from '../../src/input/glob.js';

describe('globMatcher', () => {
  it.each([
    ['*.txt', 'a/b/story.txt', true],
    ['*.txt', 'story.md', false],
    ['*.{txt,md}', 'x/story.md', true],
    ['2025/**/*.txt', '2025/12/07/a.txt', true],
    ['2025/*.txt', '2024/a.txt', false],
    ['story-?.txt', 'story-1.txt', true],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(globMatcher(pattern)(path)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { isResidueLine } from '../../src/input/repair/boilerplate.js';

describe('web-page residue lines', () => {
  it.each([
    'Follow us on Twitter',
    'Share this:',
    'Share on WhatsApp',
    'Facebook Twitter WhatsApp Email',
    'Leave a Reply',
    'Your email address will not be published.',
    'Save my name, email, and website in this browser for the next time I comment.',
    'Back to top',
    'Tags: Budget, Inflation, IMF',
    'featured-image',
    'IMG_2041.jpg',
    'Also Read',
    'Advertisement',
  ])('%j is residue', (line) => expect(isResidueLine(line)).toBe(true));

  it.each([
    'Follow the money, the auditor general told the committee on Monday.',
    'Officials will share intelligence on smuggling routes.',
    'The image of the minister was widely shared online after the meeting.',
    'Comments made by the envoy drew criticism.',
    'Name changes were approved by the board.',
    'Pakistan',
  ])('%j is article text', (line) => expect(isResidueLine(line)).toBe(false));
});

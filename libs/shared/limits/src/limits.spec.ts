import { describe, expect, it } from '@jest/globals';
import { fitsLimit, formatLimit, NARRATIVE_MAX_CHARS, tooLongMessage } from './index';

describe('limits', () => {
  it('words the API message and the count as people read them', () => {
    expect(tooLongMessage('summary', NARRATIVE_MAX_CHARS)).toBe('summary must be at most 5,000 characters');
    expect(formatLimit(20_000)).toBe('20,000');
  });

  it('counts the same way as maxLength', () => {
    expect(fitsLimit('x'.repeat(NARRATIVE_MAX_CHARS), NARRATIVE_MAX_CHARS)).toBe(true);
    expect(fitsLimit('x'.repeat(NARRATIVE_MAX_CHARS + 1), NARRATIVE_MAX_CHARS)).toBe(false);
  });
});

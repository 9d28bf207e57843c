import { textLength, textProblem, xmlSafeText } from '../text-rules.js';

describe('text rule (API and import alike)', () => {
  it('accepts ordinary text in any script, with tabs and line breaks', () => {
    for (const text of [
      'Fælles digitaliseringsstrategi',
      'Æblegrød på Ærø',
      'Tromsø kommune',
      'Ελληνικά',
      '数字化',
      'line one\nline two\r\n\tindented',
      '😀 emoji 👍🏽',
      '',
    ]) {
      expect(textProblem(text)).toBeUndefined();
    }
  });

  it('refuses NUL and other control characters, naming the code point and where it is', () => {
    expect(textProblem('a\u0000b')).toBe('contains the control character or non-character U+0000 at character 2; remove it');
    expect(textProblem('bell\u0007')).toContain('U+0007 at character 5');
    expect(textProblem('del\u007f')).toContain('U+007F');
    expect(textProblem('c1\u0085')).toContain('U+0085');
  });

  it('refuses the non-characters XML cannot hold (the "ab\\uFFFF\\uFFFE" title) and the astral ones', () => {
    expect(textProblem('ab\uFFFF\uFFFE')).toContain('U+FFFF at character 3');
    expect(textProblem('x\uFDD0')).toContain('U+FDD0');
    expect(textProblem('x\u{1FFFE}')).toContain('U+1FFFE');
    expect(textProblem('x\u{10FFFF}')).toContain('U+10FFFF');
  });

  it('refuses invalid Unicode (lone surrogates) instead of storing U+FFFD', () => {
    expect(textProblem('x\uD800y')).toBe('contains invalid Unicode (a lone surrogate, U+D800) at character 2');
    expect(textProblem('\uDC00')).toContain('U+DC00');
    expect(textProblem('\uD83D\uDE00')).toBeUndefined(); // a proper pair: 😀
  });

  it('counts characters as a person does: an emoji is one, presentation selectors none', () => {
    expect(textLength('😀'.repeat(300))).toBe(300);
    expect(textLength('❤️')).toBe(1); // U+2764 U+FE0F
    expect(textLength('Ærø')).toBe(3);
    expect('😀'.repeat(300).length).toBe(600); // what a UTF-16 count would have said
  });

  it('makes any stored text safe for an XML writer', () => {
    expect(xmlSafeText('ab\uFFFF\uFFFE')).toBe('ab\uFFFD\uFFFD');
    expect(xmlSafeText('a\u0000b\u0001')).toBe('a\uFFFDb\uFFFD');
    expect(xmlSafeText('x\uD800')).toBe('x\uFFFD');
    expect(xmlSafeText('tab\tand 😀 stay')).toBe('tab\tand 😀 stay');
  });
});

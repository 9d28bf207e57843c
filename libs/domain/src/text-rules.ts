// Rules for every piece of text a person enters, through the API or a spreadsheet: the same check and
// the same way of counting characters everywhere, so whatever the API accepts the import accepts too.

/**
 * Whether a code point may stand in our text. Refused: C0 controls except tab, line feed and carriage
 * return; DEL and the C1 controls; lone surrogates (invalid UTF-16, which PostgreSQL would store as
 * U+FFFD); the Unicode non-characters (U+FDD0–U+FDEF and every U+xxFFFE/U+xxFFFF), which XML forbids.
 */
function allowed(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  if (code >= 0x7f && code <= 0x9f) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (code >= 0xfdd0 && code <= 0xfdef) return false;
  return (code & 0xfffe) !== 0xfffe;
}

/** Why a text may not be stored, naming the first offending character and where it is, or undefined. */
export function textProblem(value: string): string | undefined {
  let position = 0;
  for (const char of value) {
    position += 1;
    const code = char.codePointAt(0)!;
    if (allowed(code)) continue;
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return code >= 0xd800 && code <= 0xdfff
      ? `contains invalid Unicode (a lone surrogate, ${hex}) at character ${position}`
      : `contains the control character or non-character ${hex} at character ${position}; remove it`;
  }
  return undefined;
}

/**
 * Length as a person counts it, and as the API's length checks count it: code points, not UTF-16 units
 * (an emoji is one character), with the emoji/text presentation selectors U+FE0E and U+FE0F not counted.
 */
export function textLength(value: string): number {
  let length = 0;
  for (const char of value) if (char !== '\uFE0E' && char !== '\uFE0F') length += 1;
  return length;
}

/** What XML 1.0 cannot hold: control characters other than tab, LF and CR, U+FFFE, U+FFFF and unpaired surrogates. */
/* eslint-disable no-control-regex -- these are exactly the characters XML 1.0 forbids */
const NOT_IN_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/** The text with every character XML 1.0 cannot hold replaced by U+FFFD, for writers of XML files. */
export function xmlSafeText(value: string): string {
  return value.replace(NOT_IN_XML, '\uFFFD');
}

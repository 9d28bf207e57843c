import { crlfLineEnds } from '../csv-copy.js';

describe('crlfLineEnds', () => {
  const copyOutput = 'a,"x\ny",b\n"he said ""hi""\n",,c\n"",d\r,e\n';
  const expected = 'a,"x\ny",b\r\n"he said ""hi""\n",,c\r\n"",d\r,e\r\n';

  it('ends rows with CRLF and leaves line breaks inside quoted cells alone', () => {
    expect(crlfLineEnds()(Buffer.from(copyOutput)).toString()).toBe(expected);
  });

  it('gives the same bytes wherever the stream splits into chunks', () => {
    const bytes = Buffer.from(copyOutput);
    for (let a = 0; a <= bytes.length; a++) {
      for (let b = a; b <= bytes.length; b += 3) {
        const convert = crlfLineEnds();
        const out = Buffer.concat([bytes.subarray(0, a), bytes.subarray(a, b), bytes.subarray(b)].map((chunk) => convert(chunk)));
        expect(out.toString()).toBe(expected);
      }
    }
  });

  it('passes a chunk without a row end through unchanged', () => {
    const chunk = Buffer.from('"no row end, ""quoted""');
    expect(crlfLineEnds()(chunk)).toBe(chunk);
  });
});

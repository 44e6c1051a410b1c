/**
 * The worksheet XML reader (cli/xlsxXml.ts): the same elements, attributes and text however the
 * text is cut into chunks, entities decoded as an XML parser decodes them, broken XML refused.
 */
import fc from 'fast-check';
import { XmlScanner } from '../../cli/xlsxXml';

type Event = ['open', string, Record<string, string | undefined>] | ['text', string] | ['close', string];

/** Every event of reading `chunks`, with the attributes named in `wanted` read at each opening. */
function events(chunks: string[], wanted = ['r', 's', 't', 'ref', 'x:y']): Event[] {
  const seen: Event[] = [];
  const xml: XmlScanner = new XmlScanner(
    {
      open: (name) => seen.push(['open', name, Object.fromEntries(wanted.map((a) => [a, xml.attribute(a)]))]),
      // Adjacent text pieces (around a skipped comment) are one text to a reader.
      text: (text) => {
        const last = seen[seen.length - 1];
        if (last?.[0] === 'text') last[1] += text;
        else seen.push(['text', text]);
      },
      close: (name) => seen.push(['close', name]),
    },
    'xl/worksheets/sheet1.xml',
  );
  for (const chunk of chunks) xml.write(chunk);
  xml.end();
  return seen;
}

const SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x="urn:x">' +
  '<!-- a comment with <c> in it --><sheetData>' +
  '<row r="1" spans="1:3" x:y = \'a>b\'><c r="A1" t="inlineStr"><is><t xml:space="preserve"> Tom &amp; Jerry &lt;3 &#233;&#x1F389;</t></is></c>' +
  '<c r="B1" s="2"><v>45000.5</v></c><c r="C1" t="e"><v>#N/A</v></c><c r="D1" s="3"/></row>' +
  '<row r="2"><c r="A2" t="str"><f>"a"&amp;"b"</f><v>line\r\nbreak\rhere</v></c>' +
  '<c r="B2" t="inlineStr"><is><t><![CDATA[skipped <c>]]>kept</t></is></c><x:c r="C2"/></row>' +
  '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>' +
  '<?pi ignored?></worksheet>\n';

describe('XmlScanner', () => {
  it('reads elements, attributes by name and decoded text', () => {
    const read = events([SHEET]);
    const opened = read.filter((e) => e[0] === 'open').map((e) => e[1]);
    expect(opened).toEqual([
      'worksheet',
      'sheetData',
      'row',
      'c',
      'is',
      't',
      'c',
      'v',
      'c',
      'v',
      'c',
      'row',
      'c',
      'f',
      'v',
      'c',
      'is',
      't',
      'x:c',
      'mergeCells',
      'mergeCell',
    ]);
    expect(read).toContainEqual([
      'open',
      'row',
      { r: '1', s: undefined, t: undefined, ref: undefined, 'x:y': 'a>b' },
    ]);
    expect(read).toContainEqual(['text', ' Tom & Jerry <3 é🎉']);
    expect(read).toContainEqual(['text', '"a"&"b"']);
    expect(read).toContainEqual(['text', 'line\nbreak\nhere']);
    expect(read).toContainEqual(['text', 'kept']);
    expect(read).toContainEqual([
      'open',
      'mergeCell',
      { r: undefined, s: undefined, t: undefined, ref: 'A1:B1', 'x:y': undefined },
    ]);
    // A self-closing element opens and closes.
    const d1 = read.findIndex((e) => e[0] === 'open' && e[2].r === 'D1');
    expect(read[d1 + 1]).toEqual(['close', 'c']);
  });

  it('reads the same however the text is cut into chunks', () => {
    const whole = events([SHEET]);
    expect(events(SHEET.split(''))).toEqual(whole);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: SHEET.length - 1 }), { maxLength: 40 }),
        (cuts) => {
          const at = [0, ...cuts.sort((a, b) => a - b), SHEET.length];
          const chunks = at.slice(1).map((end, i) => SHEET.slice(at[i], end));
          expect(events(chunks)).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['<a><b></a>', '</a> closes <b>'],
    ['<a></a></b>', '</b> closes nothing'],
    ['<a><b>', '<b> is never closed'],
    ['<a>', '<a> is never closed'],
    ['', 'it ends too soon'],
    ['text<a/>', 'it has text outside its root element'],
    ['<a/><b/>', 'there is more than one root element'],
    ['<a b=1/>', 'an attribute of <a> is not quoted'],
    ['<a b/>', 'an attribute of <a> has no value'],
    ['<a>&nbsp;</a>', '"&nbsp" is not an entity'],
    ['<a>AT&T</a>', '"&" is not an entity'],
    ['<a b="&bogus;"/>', '"&bogus" is not an entity'],
  ])('refuses %j: %s', (xml, why) => {
    expect(() => events([xml], ['b'])).toThrow(`the XML of xl/worksheets/sheet1.xml is broken: ${why}`);
  });
});

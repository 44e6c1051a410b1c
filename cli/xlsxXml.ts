/**
 * A small XML reader for worksheet parts, the bulk of an .xlsx file: elements, attributes and text
 * from text fed in chunks, with the structure checked (every tag closed, and closed in order) and
 * the five XML entities and character references decoded. A general XML parser builds an object
 * per element and per attribute list; a worksheet of a million rows has some fifty million
 * elements, so this one builds nothing it is not asked for: an attribute's value is cut out of the
 * text only when the reader asks for it by name.
 *
 * It reads what a general parser reads, as ExcelJS's (saxes) gives it: line ends in text as `\n`,
 * CDATA sections, comments and processing instructions skipped (ExcelJS reads no CDATA either).
 */

export interface XmlHandler {
  /** An element opens; its attributes are readable with `attribute()` until this returns. */
  open(name: string): void;
  /** Text between tags, decoded; whitespace included. */
  text(text: string): void;
  close(name: string): void;
}

/** The names a worksheet is made of, kept once rather than cut out of the text for each element. */
const KNOWN_NAMES = ['c', 'v', 'f', 't', 'r', 'is', 'rPh', 'row', 'sheetData', 'mergeCells', 'mergeCell'];

const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;

export class XmlScanner {
  private text = '';
  private at = 0;
  private readonly open: string[] = [];
  private rootDone = false;
  /** The attributes of the element being opened, as offsets into `text`. */
  private attributeCount = 0;
  private readonly nameStart: number[] = [];
  private readonly nameEnd: number[] = [];
  private readonly valueStart: number[] = [];
  private readonly valueEnd: number[] = [];

  constructor(
    private readonly handler: XmlHandler,
    /** Names the part in error messages. */
    private readonly part: string,
  ) {}

  /** The value of the opening element's attribute `name`, or undefined. */
  attribute(name: string): string | undefined {
    const { text } = this;
    for (let i = 0; i < this.attributeCount; i++) {
      const start = this.nameStart[i];
      if (this.nameEnd[i] - start === name.length && text.startsWith(name, start)) {
        const value = text.slice(this.valueStart[i], this.valueEnd[i]);
        return value.includes('&') ? decode(value, this.part) : value;
      }
    }
    return undefined;
  }

  write(chunk: string): void {
    this.text = this.at < this.text.length ? this.text.slice(this.at) + chunk : chunk;
    this.at = 0;
    this.scan();
  }

  /** The text has ended: all of it must have been read, every element closed. */
  end(): void {
    const rest = this.text.slice(this.at);
    if (rest.trim() || this.open.length || !this.rootDone)
      this.fail(
        this.open.length ? `<${this.open[this.open.length - 1]}> is never closed` : 'it ends too soon',
      );
  }

  private scan(): void {
    const { text, handler } = this;
    const length = text.length;
    let at = this.at;
    while (at < length) {
      const lt = text.indexOf('<', at);
      if (lt < 0) break; // text running on into the next chunk
      if (lt > at) this.textNode(text.slice(at, lt));
      if (lt + 1 >= length) {
        at = lt;
        break;
      }
      const next = text.charCodeAt(lt + 1);
      if (next === SLASH) {
        const gt = text.indexOf('>', lt + 2);
        if (gt < 0) {
          at = lt;
          break;
        }
        let end = gt;
        while (end > lt + 2 && isSpace(text.charCodeAt(end - 1))) end--;
        const expected = this.open.pop();
        if (
          expected === undefined ||
          end - (lt + 2) !== expected.length ||
          !text.startsWith(expected, lt + 2)
        )
          this.fail(`</${text.slice(lt + 2, end)}> closes ${expected ? `<${expected}>` : 'nothing'}`);
        if (this.open.length === 0) this.rootDone = true;
        handler.close(expected!);
        at = gt + 1;
      } else if (next === BANG || next === QUESTION) {
        const skipped = this.skipMarkup(lt, next);
        if (skipped < 0) {
          at = lt;
          break;
        }
        at = skipped;
      } else {
        const end = this.openTag(lt);
        if (end < 0) {
          at = lt;
          break;
        }
        at = end;
      }
    }
    this.at = at;
  }

  /** Reads the opening tag at `lt`; returns where it ends, or -1 when it runs past the text read so far. */
  private openTag(lt: number): number {
    const { text } = this;
    const length = text.length;
    let i = lt + 1;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (isSpace(code) || code === GT || code === SLASH) break;
      i++;
    }
    if (i >= length) return -1;
    const nameEnd = i;
    this.attributeCount = 0;
    for (;;) {
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      if (i >= length) return -1;
      const code = text.charCodeAt(i);
      if (code === GT || code === SLASH) break;
      const start = i;
      while (i < length) {
        const c = text.charCodeAt(i);
        if (c === EQUALS || isSpace(c) || c === GT || c === SLASH) break;
        i++;
      }
      const end = i;
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      if (i >= length) return -1;
      if (text.charCodeAt(i) !== EQUALS)
        this.fail(`an attribute of <${text.slice(lt + 1, nameEnd)}> has no value`);
      i++;
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      if (i >= length) return -1;
      const quote = text.charCodeAt(i);
      if (quote !== QUOTE && quote !== APOSTROPHE)
        this.fail(`an attribute of <${text.slice(lt + 1, nameEnd)}> is not quoted`);
      const close = text.indexOf(quote === QUOTE ? '"' : "'", i + 1);
      if (close < 0) return -1;
      const n = this.attributeCount++;
      this.nameStart[n] = start;
      this.nameEnd[n] = end;
      this.valueStart[n] = i + 1;
      this.valueEnd[n] = close;
      i = close + 1;
    }
    const selfClosing = text.charCodeAt(i) === SLASH;
    if (selfClosing) {
      if (i + 1 >= length) return -1;
      if (text.charCodeAt(i + 1) !== GT) this.fail(`<${text.slice(lt + 1, nameEnd)}> is not closed properly`);
      i++;
    }
    if (nameEnd === lt + 1) this.fail('an element has no name');
    if (this.rootDone) this.fail('there is more than one root element');
    const name = nameOf(text, lt + 1, nameEnd);
    this.open.push(name);
    this.handler.open(name);
    if (selfClosing) {
      this.open.pop();
      if (this.open.length === 0) this.rootDone = true;
      this.handler.close(name);
    }
    return i + 1;
  }

  /** Skips a comment, CDATA section, processing instruction or declaration; -1 when it runs past the text. */
  private skipMarkup(lt: number, kind: number): number {
    const { text } = this;
    let terminator = '>';
    if (kind === QUESTION) terminator = '?>';
    else if (text.startsWith('!--', lt + 1)) terminator = '-->';
    else if (text.startsWith('![CDATA[', lt + 1)) terminator = ']]>';
    else if (lt + 9 > text.length) return -1; // too short yet to tell
    const end = text.indexOf(terminator, lt + 2);
    return end < 0 ? -1 : end + terminator.length;
  }

  private textNode(raw: string): void {
    if (this.open.length === 0) {
      if (raw.trim()) this.fail('it has text outside its root element');
      return;
    }
    this.handler.text(decode(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw, this.part));
  }

  private fail(why: string): never {
    throw new Error(`the XML of ${this.part} is broken: ${why}`);
  }
}

function nameOf(text: string, start: number, end: number): string {
  const length = end - start;
  for (const known of KNOWN_NAMES) if (known.length === length && text.startsWith(known, start)) return known;
  return text.slice(start, end);
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Entities and character references decoded, as an XML parser decodes them. */
function decode(raw: string, part: string): string {
  let at = raw.indexOf('&');
  if (at < 0) return raw;
  let out = '';
  let from = 0;
  while (at >= 0) {
    const semicolon = raw.indexOf(';', at + 1);
    const name = semicolon < 0 ? '' : raw.slice(at + 1, semicolon);
    let char: string | undefined;
    if (name.startsWith('#x')) char = codePoint(parseInt(name.slice(2), 16), /^#x[0-9a-fA-F]+$/.test(name));
    else if (name.startsWith('#')) char = codePoint(parseInt(name.slice(1), 10), /^#[0-9]+$/.test(name));
    else char = ENTITIES[name];
    if (char === undefined)
      throw new Error(`the XML of ${part} is broken: "&${name.slice(0, 10)}" is not an entity`);
    out += raw.slice(from, at) + char;
    from = semicolon + 1;
    at = raw.indexOf('&', from);
  }
  return out + raw.slice(from);
}

function codePoint(code: number, wellFormed: boolean): string | undefined {
  return wellFormed && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

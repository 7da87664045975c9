/**
 * A thin driver over htmlparser2's Tokenizer: tag and text events with offsets into the source
 * string, attributes collected per tag. We use the Tokenizer rather than htmlparser2's Parser
 * because the Parser keeps its open-element stack with `unshift`/`indexOf`, which is quadratic
 * on tag soup with thousands of unclosed tags; callers here keep their own stacks.
 *
 * Character references are decoded here, with the same decoder the Tokenizer would use
 * (entities' EntityDecoder: legacy rules in text, attribute rules in values), not by the
 * Tokenizer: decoding, it steps through text and attribute values one state-machine turn per
 * character; not decoding, it runs to the next `<` or quote in a tight loop, and we look for
 * `&` with indexOf. Same events, same offsets; the Tokenizer runs ~1.5x faster.
 */
import { DecodingMode, decodeHTMLAttribute, EntityDecoder, htmlDecodeTree } from "entities/decode";
import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";

/** Attributes of one tag, names lower-cased, first occurrence wins (as in browsers). */
export type TagAttrs = Record<string, string>;

/** The Tokenizer's own fields that fastForwardTo reads (private in its type declarations). */
interface TokenizerCursor {
  buffer: string;
  index: number;
  offset: number;
}

/**
 * htmlparser2's Tokenizer with one internal method replaced: `fastForwardTo(c)` (run to the next
 * `c`: the `<` that ends text, the quote that ends an attribute value, the `>` that ends a
 * comment) tests one character per loop turn, where String#indexOf finds it several times
 * faster. Same contract: index on the character found, or on the last one of the piece. The
 * scanner's tests compare every event with the stock Tokenizer's on all fixtures, so a change
 * of this internal in a new htmlparser2 shows there.
 */
class FastTokenizer extends Tokenizer {}
Object.defineProperty(FastTokenizer.prototype, "fastForwardTo", {
  value: function fastForwardTo(this: TokenizerCursor, c: number): boolean {
    const at = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
    if (at >= 0) {
      this.index = at + this.offset;
      return true;
    }
    this.index = this.buffer.length + this.offset - 1;
    return false;
  },
});

/**
 * The characters that end a run in the states below, as bits by state: white space (space, tab,
 * LF, FF, CR) and `>` end all four; `/` also ends a tag or attribute name, `=` an attribute name.
 */
const ENDS_CLOSING_NAME = 1;
const ENDS_TAG_NAME = 2;
const ENDS_ATTRIBUTE_NAME = 4;
const ENDS_UNQUOTED_VALUE = 8;
const ENDS = new Uint8Array(128);
for (const c of [32, 9, 10, 12, 13, 62])
  ENDS[c] = ENDS_CLOSING_NAME | ENDS_TAG_NAME | ENDS_ATTRIBUTE_NAME | ENDS_UNQUOTED_VALUE;
ENDS[47] = ENDS_TAG_NAME | ENDS_ATTRIBUTE_NAME;
ENDS[61] = ENDS_ATTRIBUTE_NAME;

/**
 * Four more of the Tokenizer's states, run to their end in one loop: a tag name, a closing tag's
 * name, an attribute name and an unquoted value are read one character per turn of its main
 * loop, each turn doing nothing but look at the character. Here the stock state sees only the
 * character that ends the run, at the same index, so the events are the same.
 */
function runUntil(state: string, ends: number): void {
  const stock = (Tokenizer.prototype as unknown as Record<string, (c: number) => void>)[state];
  Object.defineProperty(FastTokenizer.prototype, state, {
    value: function runToEnd(this: TokenizerCursor, c: number): void {
      const buffer = this.buffer;
      let i = this.index - this.offset;
      while (c >= 128 || (ENDS[c] & ends) === 0) {
        if (++i === buffer.length) {
          // The run goes on into the next piece: the main loop ends on the piece's last character.
          this.index = i - 1 + this.offset;
          return;
        }
        c = buffer.charCodeAt(i);
      }
      this.index = i + this.offset;
      stock.call(this, c);
    },
  });
}
runUntil("stateInTagName", ENDS_TAG_NAME);
runUntil("stateInClosingTagName", ENDS_CLOSING_NAME);
runUntil("stateInAttributeName", ENDS_ATTRIBUTE_NAME);
runUntil("stateInAttributeValueNoQuotes", ENDS_UNQUOTED_VALUE);

export interface ScanHandler {
  /**
   * An opening tag `<name ...>` spanning [start, end) of the source. With a `keep` set, `attrs` is
   * one object reused for every tag: copy what must outlive the call.
   */
  open(name: string, attrs: TagAttrs, start: number, end: number, selfClosing: boolean): void;
  /** A closing tag `</name>` spanning [start, end). */
  close(name: string, start: number, end: number): void;
  /**
   * Decoded text. `start` is the source offset of `s[0]`; when `raw` the text is a verbatim
   * slice (char i is at start + i), otherwise it is one decoded character reference.
   */
  text(s: string, start: number, raw: boolean): void;
}

const EMPTY: TagAttrs = Object.freeze({}) as TagAttrs;

/**
 * Lower-cased tag and attribute names without a new string per tag: a small table of names seen,
 * indexed by length and end characters, checked character by character (case-free) against the
 * source. A document has a few dozen distinct names and hundreds of thousands of tags.
 */
class NameTable {
  private readonly names: string[] = new Array(256).fill("");

  get(html: string, start: number, end: number): string {
    const len = end - start;
    if (len === 0 || len > 24) return html.slice(start, end).toLowerCase();
    const first = html.charCodeAt(start) | 0x20;
    const last = html.charCodeAt(end - 1) | 0x20;
    const slot = (len * 31 + first * 7 + last) & 255;
    const known = this.names[slot];
    if (known.length === len && sameName(html, start, known)) return known;
    const name = html.slice(start, end).toLowerCase();
    this.names[slot] = name;
    return name;
  }
}

/** Does html[start...] spell `lower` (an already lower-cased name), ignoring ASCII case? */
function sameName(html: string, start: number, lower: string): boolean {
  for (let k = 0; k < lower.length; k++) {
    let c = html.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c |= 0x20;
    if (c !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Tokenize `html` once, in order, calling `h`. Comments, doctypes and `<?xml ?>` are dropped.
 * When `keep` is given, only those attributes (lower-case names) are collected, into one object
 * of a fixed shape reused from tag to tag (no allocation per tag).
 */
export function scanHtml(html: string, h: ScanHandler, keep?: ReadonlySet<string>): void {
  scanHtmlChunks([html], h, keep);
}

/**
 * The same scan over a document given as consecutive pieces (decodeHtmlChunks in decode.ts):
 * offsets are into their concatenation, which never exists as one string, so a large exhibit's
 * decoded source is young garbage piece by piece, not one large string alive for the whole parse.
 * Pieces should end just after a `>`: nothing then spans two of them but text and attribute
 * values, which the tokenizer hands over in parts. The piece before is kept for what else does
 * (an unclosed comment or declaration at the end of input).
 */
export function scanHtmlChunks(chunks: Iterable<string>, h: ScanHandler, keep?: ReadonlySet<string>): void {
  let html = "";
  let base = 0;
  let prev = "";
  let prevBase = 0;
  /** [start, end) of the whole document, from the current piece and the one before it. */
  const slice = (start: number, end: number): string => {
    if (start >= base) return html.slice(start - base, end - base);
    const from = Math.max(start, prevBase);
    if (end <= base) return prev.slice(from - prevBase, end - prevBase);
    return prev.slice(from - prevBase) + html.slice(0, end - base);
  };
  let tagName = "";
  let tagStart = 0;
  let attrs: TagAttrs = EMPTY;
  let attrName = "";
  let attrValue = "";
  let wanted = true;
  const names = new NameTable();
  // Names of a length no kept attribute has are skipped unread (class, id, valign, cellpadding...).
  const keptLength = new Uint8Array(64);
  if (keep) for (const k of keep) if (k.length < 64) keptLength[k.length] = 1;
  // With a known set, the attributes object has every kept name (undefined until seen): property
  // reads in the renderer stay monomorphic, and the one object serves every tag.
  let shared: TagAttrs | null = null;
  if (keep) {
    shared = {};
    for (const k of keep) shared[k] = undefined as unknown as string;
  }
  /**
   * The names set on `shared` for the tag before, setNames[0, setCount): only they are cleared
   * for the next one. A count, not `length = 0`: setting an array's length is a runtime call.
   */
  const setNames: string[] = [];
  let setCount = 0;
  let entity = 0;
  let entityLength = 0;
  const decoder = new EntityDecoder(htmlDecodeTree, (cp, consumed) => {
    entity = cp;
    entityLength = consumed;
  });
  /**
   * Text [start, end) with its character references decoded: raw runs and one event per
   * reference, as the Tokenizer gives them. The decoder reads the piece itself, so it sees the
   * character after a reference (`&amp<` ends at the `<`), as it would inside the Tokenizer.
   */
  /**
   * The first `&` at or after `from` in the current piece (absolute offset), or -1. Remembered,
   * and searched for again only past the one found: text events come in order, so a piece is
   * searched once in all, not to its end once for every text run without a `&`.
   */
  let ampAt = -1;
  let ampFrom = -1;
  let ampBase = -1;
  const nextAmp = (from: number): number => {
    const f = Math.max(from, base);
    if (ampBase !== base || f < ampFrom || (ampAt >= 0 && ampAt < f)) {
      const i = html.indexOf("&", f - base);
      ampAt = i < 0 ? -1 : i + base;
      ampFrom = f;
      ampBase = base;
    }
    return ampAt;
  };
  const text = (start: number, end: number) => {
    let from = start;
    let amp = nextAmp(start);
    while (amp >= 0 && amp < end) {
      decoder.startEntity(DecodingMode.Legacy);
      entityLength = 0;
      // -1 (incomplete) happens only at the end of the input: a piece ends after a `>`.
      if (decoder.write(html, amp - base + 1) < 0) decoder.end();
      if (entityLength > 0) {
        if (amp > from) h.text(slice(from, amp), from, true);
        h.text(String.fromCodePoint(entity), amp, false);
        from = amp + entityLength;
      }
      amp = nextAmp(Math.max(from, amp + 1));
    }
    if (end > from) h.text(slice(from, end), from, true);
  };

  const cbs: TokenizerCallbacks = {
    ontext(start, end) {
      text(start, end);
    },
    ontextentity() {},
    onopentagname(start, end) {
      tagName = start >= base ? names.get(html, start - base, end - base) : slice(start, end).toLowerCase();
      tagStart = start - 1;
      attrs = EMPTY;
    },
    onattribname(start, end) {
      attrValue = "";
      if (keep !== undefined && (end - start >= 64 || keptLength[end - start] === 0)) {
        wanted = false;
        return;
      }
      attrName = start >= base ? names.get(html, start - base, end - base) : slice(start, end).toLowerCase();
      wanted = keep === undefined || keep.has(attrName);
    },
    onattribdata(start, end) {
      if (wanted) attrValue += slice(start, end);
    },
    onattribentity() {},
    onattribend() {
      if (!wanted) return;
      if (attrValue.includes("&")) attrValue = decodeHTMLAttribute(attrValue);
      if (attrs === EMPTY) {
        if (shared) {
          for (let i = 0; i < setCount; i++) shared[setNames[i]] = undefined as unknown as string;
          setCount = 0;
          attrs = shared;
        } else attrs = {};
      }
      if (shared) {
        if (attrs[attrName] === undefined) {
          attrs[attrName] = attrValue;
          setNames[setCount++] = attrName;
        }
      } else if (!Object.hasOwn(attrs, attrName)) attrs[attrName] = attrValue;
      attrValue = "";
    },
    onopentagend(end) {
      h.open(tagName, attrs, tagStart, end + 1, false);
    },
    onselfclosingtag(end) {
      h.open(tagName, attrs, tagStart, end + 1, true);
    },
    onclosetag(start, end) {
      // `end` is where the name ends; the tag itself ends at the next `>`.
      const rel = end - base;
      const at = rel < 0 ? -1 : html.charCodeAt(rel) === 62 ? rel : html.indexOf(">", rel);
      const name =
        start >= base ? names.get(html, start - base, end - base) : slice(start, end).toLowerCase();
      h.close(name, start - 2, at < 0 ? end : at + base + 1);
    },
    oncdata(start, end, offset) {
      // XHTML (iXBRL) CDATA sections are text.
      if (end - offset > start) h.text(slice(start, end - offset), start, true);
    },
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {},
  };
  const tokenizer = new FastTokenizer({ xmlMode: false, decodeEntities: false }, cbs);
  for (const chunk of chunks) {
    prev = html;
    prevBase = base;
    base += html.length;
    html = chunk;
    tokenizer.write(chunk);
  }
  tokenizer.end();
}

/** A reader of the same tokenizer events as another, and the attributes it needs kept. */
export interface ScanObserver {
  handler: ScanHandler;
  attributes: ReadonlySet<string>;
}

/** One scan, two readers: each event goes to `first`, then to `second`. */
export function teeHandlers(first: ScanHandler, second: ScanHandler): ScanHandler {
  return {
    open(name, attrs, start, end, selfClosing) {
      first.open(name, attrs, start, end, selfClosing);
      second.open(name, attrs, start, end, selfClosing);
    },
    close(name, start, end) {
      first.close(name, start, end);
      second.close(name, start, end);
    },
    text(s, start, raw) {
      first.text(s, start, raw);
      second.text(s, start, raw);
    },
  };
}

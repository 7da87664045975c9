/**
 * Bytes → text. EDGAR never declared an encoding: old filings are ASCII or windows-1252, newer
 * HTML is often UTF-8. Valid UTF-8 is taken as UTF-8; anything else as windows-1252 (iconv-lite),
 * which maps every byte, so decoding never fails and one byte stays one character.
 */
import { isAscii, isUtf8 } from "node:buffer";
import iconv from "iconv-lite";

export type TextEncoding = "ascii" | "utf-8" | "windows-1252";

export function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes);
  return { text: decodeRange(bytes, encoding, 0, bytes.length), encoding };
}

/** ASCII, else valid UTF-8, else windows-1252 (every byte a character), without decoding. */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(buf)) return "ascii";
  return isUtf8(buf) ? "utf-8" : "windows-1252";
}

/**
 * Bytes [start, end) in a known encoding; the same characters decodeBytes gives for them when
 * the range starts and ends on character boundaries (any ASCII byte is one in UTF-8).
 */
export function decodeRange(bytes: Uint8Array, encoding: TextEncoding, start: number, end: number): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
  if (encoding === "ascii") return buf.toString("latin1");
  if (encoding === "windows-1252") return iconv.decode(buf, "windows-1252");
  const text = buf.toString("utf8");
  return start === 0 && text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
}

/**
 * An HTML document's text in pieces of about `size` bytes, each ending just after a `>` (see
 * scanHtmlChunks), so that its decoded whole never has to exist.
 */
export function* decodeHtmlChunks(
  bytes: Uint8Array,
  encoding: TextEncoding,
  size = 64 * 1024,
): Generator<string> {
  let start = 0;
  while (start < bytes.length) {
    let end = Math.min(bytes.length, start + size);
    if (end < bytes.length) {
      const gt = bytes.indexOf(0x3e, end - 1);
      end = gt < 0 ? bytes.length : gt + 1;
    }
    yield decodeRange(bytes, encoding, start, end);
    start = end;
  }
}

/** Share of bytes in the first 8 KB that no text file holds (NUL and most C0 controls). */
export function binaryShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c === 0 || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 0x1a)) bad++;
  }
  return bad / n;
}

/**
 * UTF-16 input (a byte-order mark, or ASCII text with every other byte NUL) as UTF-8 bytes, for
 * the rest of the pipeline to read like any other file; null for anything else. EDGAR holds no
 * UTF-16, but a filing saved by a Windows editor may be: it is text, not binary.
 */
export function utf16AsUtf8(bytes: Uint8Array): Buffer | null {
  const order = utf16Order(bytes);
  if (!order) return null;
  const hasBom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const body = Buffer.from(bytes.subarray(hasBom ? 2 : 0, bytes.length - (bytes.length % 2)));
  if (order === "be") body.swap16();
  return Buffer.from(body.toString("utf16le"), "utf8");
}

function utf16Order(bytes: Uint8Array): "le" | "be" | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "be";
  // No mark: the high bytes of ASCII text are NUL, all at even or all at odd offsets.
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 64) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > 0.9 * pairs && evenNul < 0.05 * pairs) return "le";
  if (evenNul > 0.9 * pairs && oddNul < 0.05 * pairs) return "be";
  return null;
}

/**
 * uudecode for binaries embedded in EDGAR submissions (`begin 644 logo.gif` … `end`).
 * Hand-written: the npm uuencode packages are unmaintained string-based toys, and this is
 * twenty lines over bytes.
 */
export interface Uuencoded {
  name: string;
  mode: string;
  /** Decoded on first use: splitting a submission does not pay for binaries no one reads. */
  readonly bytes: Uint8Array;
  /** The `end` line was missing: the data is cut off. */
  readonly truncated: boolean;
}

/** The `begin` line now; the data when first asked for. */
export function uuencodedView(body: Uint8Array, at: number): Uuencoded {
  let eol = at;
  while (eol < body.length && body[eol] !== 0x0a && body[eol] !== 0x0d && eol - at < 300) eol++;
  const first = Buffer.from(body.buffer, body.byteOffset + at, eol - at)
    .toString("latin1")
    .trim();
  const m = /^begin ([0-7]{3,4}) (.{1,255})$/.exec(first);
  let decoded: { bytes: Uint8Array; truncated: boolean } | null = null;
  const get = () => {
    decoded ??= decodeUuencoded(body, at);
    return decoded;
  };
  return {
    name: m ? m[2] : "",
    mode: m ? m[1] : "",
    get bytes() {
      return get().bytes;
    },
    get truncated() {
      return get().truncated;
    },
  };
}

const BEGIN = Buffer.from("begin ", "latin1");

export function startsUuencode(body: Uint8Array, at: number): boolean {
  if (at + 10 > body.length) return false;
  for (let k = 0; k < BEGIN.length; k++) if (body[at + k] !== BEGIN[k]) return false;
  // begin <octal mode> <name>
  const c = body[at + 6];
  return c >= 0x30 && c <= 0x37;
}

export function decodeUuencoded(
  body: Uint8Array,
  at: number,
): { name: string; mode: string; bytes: Uint8Array; truncated: boolean } {
  let eol = at;
  while (eol < body.length && body[eol] !== 0x0a && body[eol] !== 0x0d) eol++;
  const first = Buffer.from(body.buffer, body.byteOffset + at, eol - at)
    .toString("latin1")
    .trim();
  const m = /^begin ([0-7]{3,4}) (.{1,255})$/.exec(first);
  const out = new Uint8Array(Math.floor(((body.length - eol) * 3) / 4) + 3);
  let n = 0;
  // Lines end in LF, CRLF or a lone CR (the `.nc` feed).
  let i = eol;
  let ended = false;
  while (i < body.length) {
    while (i < body.length && (body[i] === 0x0a || body[i] === 0x0d)) i++;
    let e = i;
    while (e < body.length && body[e] !== 0x0a && body[e] !== 0x0d) e++;
    const lineEnd = e;
    if (lineEnd - i === 3 && body[i] === 0x65 && body[i + 1] === 0x6e && body[i + 2] === 0x64) {
      ended = true;
      break;
    }
    if (lineEnd > i) {
      // The first character encodes the byte count; each 4 characters carry 3 bytes.
      const count = (body[i] - 0x20) & 0x3f;
      let p = i + 1;
      let written = 0;
      while (written < count && p < lineEnd) {
        const a = (body[p] - 0x20) & 0x3f;
        const b = p + 1 < lineEnd ? (body[p + 1] - 0x20) & 0x3f : 0;
        const c = p + 2 < lineEnd ? (body[p + 2] - 0x20) & 0x3f : 0;
        const d = p + 3 < lineEnd ? (body[p + 3] - 0x20) & 0x3f : 0;
        out[n++] = ((a << 2) | (b >> 4)) & 0xff;
        if (++written < count) {
          out[n++] = (((b & 0xf) << 4) | (c >> 2)) & 0xff;
          if (++written < count) {
            out[n++] = (((c & 0x3) << 6) | d) & 0xff;
            written++;
          }
        }
        p += 4;
      }
    }
    i = e;
  }
  return {
    name: m ? m[2] : "",
    mode: m ? m[1] : "",
    bytes: out.subarray(0, n),
    truncated: !ended,
  };
}

// Bytes to text for every input crosscheck reads: a byte-order mark decides UTF-8 or UTF-16;
// otherwise the bytes must be strict UTF-8 (a bad byte throws, and the reader reports the file).

/** Decodes bytes: a BOM decides UTF-8 or UTF-16; otherwise strict UTF-8. */
export function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(3));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

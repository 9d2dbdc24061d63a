// Decoding of saved pages (bytes of an .html file) into a string; used by
// the demo page and the command line, in browsers and in Node alike.

/**
 * Decodes a saved page: a byte order mark first; then bytes that are valid
 * UTF-8 as UTF-8, whatever the page declares (tools that save pages often
 * re-encode them without updating `<meta charset>`, and text in a legacy
 * multi-byte encoding is almost never valid UTF-8 by chance); else the
 * charset declared in the first 4 KB, else UTF-8. The command line, the
 * demo and the native command line (examples/cli.rs) all decode this way.
 */
export function decodeHtml(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs('utf-8', bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs('utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs('utf-16be', bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the declared charset decides.
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096)).toLowerCase();
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/.exec(head);
  return decodeAs(match ? match[1] : 'utf-8', bytes);
}

function decodeAs(label, bytes) {
  let decoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  // A page that declares UTF-16 in a meta tag is ASCII-compatible bytes in
  // practice; browsers treat that declaration as UTF-8 too.
  if (decoder.encoding.startsWith('utf-16') && label !== 'utf-16le' && label !== 'utf-16be') {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

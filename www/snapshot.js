// Reads a live document for gisty: as HTML (readPage) or, for large
// documents, as a snapshot of its tree (snapshotDocument), for
// summarizeDocument() and extractDocument() in gisty.js and the example
// extension's content script.
//
// Serializing (`outerHTML`) is one native call and the faster way. But
// Chromium's serializer recurses, and a tree that script built tens of
// thousands of elements deep crashes the page when serialized (70,000
// levels serialized and 90,000 crashed, measured on Linux; other systems
// give threads smaller stacks). The HTML parser never nests elements so
// deep, so only documents large enough to be that deep are walked instead.
// Both ways give the module the same tree.
//
// A snapshot is { ops, text }: a Uint32Array of operations and one string
// of every name, value and text they refer to. The format is described
// once, in the documentation of the Rust module `gisty::snapshot` (which
// reads it); the constants below are its operation and namespace codes,
// and tests/www_constants.rs holds them to the Rust ones. This writer
// leaves out comments, doctypes and the contents of <template>. The walk
// is a loop, never recursion, so any depth is safe, and it stops after
// `maxNodes` nodes with a CUT (the module then reports `truncated`).

/** Documents with more elements than this are walked, not serialized. */
export const SERIALIZE_MAX_ELEMENTS = 5000;

/**
 * The document as the module reads it: `{ html }` (its doctype, so the
 * module parses in the page's mode, then `outerHTML`), or `{ snapshot }`
 * for a document of more than SERIALIZE_MAX_ELEMENTS elements.
 * @param {Document} doc
 * @param {{maxNodes?: number}} [limits] for a snapshot: stop after this many nodes
 * @returns {{html: string} | {snapshot: {ops: Uint32Array, text: string}}}
 */
export function readPage(doc, limits = {}) {
  if (!doc?.documentElement) throw new TypeError('readPage(document): expected a Document');
  if (doc.getElementsByTagName('*').length > SERIALIZE_MAX_ELEMENTS) {
    return { snapshot: snapshotDocument(doc, limits) };
  }
  return { html: doctypeOf(doc) + doc.documentElement.outerHTML };
}

/** The document's doctype as markup (`outerHTML` leaves it out), or ''. */
function doctypeOf(doc) {
  const type = doc.doctype;
  if (!type) return '';
  const quoted = (id) => (id.includes('"') ? `'${id}'` : `"${id}"`);
  const publicId = type.publicId ? ` PUBLIC ${quoted(type.publicId)}` : '';
  const systemId = type.systemId ? `${publicId ? '' : ' SYSTEM'} ${quoted(type.systemId)}` : '';
  return `<!DOCTYPE ${type.name}${publicId}${systemId}>`;
}

/** Operation: an element opens (then its namespace, name and attributes). */
export const ELEMENT = 1;
/** Operation: a text node (then its length). */
export const TEXT = 2;
/** Operation: the innermost open element closes. */
export const END = 3;
/** Operation: the walk stopped at its node limit. */
export const CUT = 4;

/** Namespace codes of an ELEMENT. */
export const HTML = 0;
export const SVG = 1;
export const MATHML = 2;
export const OTHER = 3;

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

/** The module's default `maxNodes` limit (`Limits::default()` in Rust). */
export const DEFAULT_MAX_NODES = 2_000_000;

/**
 * @param {Document} doc
 * @param {{maxNodes?: number}} [limits] stop after this many nodes
 * @returns {{ops: Uint32Array, text: string}}
 */
export function snapshotDocument(doc, limits = {}) {
  const root = doc?.documentElement;
  if (!root) throw new TypeError('snapshotDocument(document): expected a Document');
  const maxNodes = limits.maxNodes > 0 ? limits.maxNodes : DEFAULT_MAX_NODES;
  let ops = new Uint32Array(16384);
  let n = 0;
  let text = '';
  let nodes = 0;
  let node = root;
  // DOM calls are the cost of a walk, all the more before the engine has
  // optimized this loop (a page's first call): each node is read with as
  // few of them as possible, and ops are written in place.
  while (node !== null) {
    const type = node.nodeType;
    let child = null;
    if (type === 1) {
      const name = node.localName;
      const attributes = node.getAttributeNames();
      const count = attributes.length;
      if (n + 5 + 2 * count > ops.length) ops = grown(ops, n + 5 + 2 * count);
      const ns = node.namespaceURI;
      ops[n++] = ELEMENT;
      ops[n++] = ns === HTML_NS ? HTML : ns === SVG_NS ? SVG : ns === MATHML_NS ? MATHML : OTHER;
      ops[n++] = name.length;
      ops[n++] = count;
      text += name;
      for (let i = 0; i < count; i++) {
        const attribute = attributes[i];
        // null for a name getAttribute() cannot find again: an upper-case
        // name a script set on an HTML element (getAttribute lower-cases).
        const value = node.getAttribute(attribute) ?? '';
        ops[n++] = attribute.length;
        ops[n++] = value.length;
        text += attribute;
        text += value;
      }
      if (name !== 'template') child = node.firstChild;
      if (child === null) ops[n++] = END;
      nodes++;
    } else if (type === 3 || type === 4) {
      const data = node.data;
      if (n + 2 > ops.length) ops = grown(ops, n + 2);
      ops[n++] = TEXT;
      ops[n++] = data.length;
      text += data;
      nodes++;
    }
    if (nodes >= maxNodes) {
      if (n + 1 > ops.length) ops = grown(ops, n + 1);
      ops[n++] = CUT;
      break;
    }
    if (child !== null) {
      node = child;
      continue;
    }
    // On to the next sibling; past a last child, its parent closes.
    for (;;) {
      if (node === root) {
        node = null;
        break;
      }
      const next = node.nextSibling;
      if (next !== null) {
        node = next;
        break;
      }
      node = node.parentNode;
      if (n + 1 > ops.length) ops = grown(ops, n + 1);
      ops[n++] = END;
    }
  }
  return { ops: ops.subarray(0, n), text };
}

function grown(ops, needed) {
  const bigger = new Uint32Array(Math.max(needed, ops.length * 2));
  bigger.set(ops);
  return bigger;
}

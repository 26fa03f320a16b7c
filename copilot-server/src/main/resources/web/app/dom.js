// Building elements without innerHTML, so no text from the server or the user is ever parsed as markup.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else if (value === true) {
      node.setAttribute(name, '');
    } else {
      node.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function status(message, kind = 'info') {
  const region = document.getElementById('status');
  region.className = `status ${kind}`;
  region.textContent = message;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element, built the same way as el(): attributes and text, never markup. */
export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces a node's children, leaving out the null, undefined and false that optional parts render as. */
export function fill(node, ...children) {
  node.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** A moment from the server (ISO 8601) in the reader's locale and time zone, the exact instant kept in datetime. */
export function when(iso) {
  const date = new Date(iso);
  return el('time', { datetime: iso, title: iso }, Number.isNaN(date.getTime()) ? iso : WHEN.format(date));
}

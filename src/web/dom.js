// DOM building without HTML strings: every text goes in through textContent or text nodes, never parsed as markup.

/**
 * h('p', { class: 'x', text: '…', onclick: fn, 'aria-label': '…' }, child, 'text', …)
 * Attributes are set with setAttribute; strings become text nodes.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = String(value);
    else if (key === 'text') el.textContent = String(value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return parent;
}

/** Replace all children (text only ever as text nodes). */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** Text with one highlighted range [start, end) as <mark>, the rest as text nodes. */
export function highlighted(text, start, end, inner) {
  const frag = document.createDocumentFragment();
  const mark = h('mark', {}, inner ? inner() : text.slice(start, end));
  frag.append(document.createTextNode(text.slice(0, start)), mark, document.createTextNode(text.slice(end)));
  return { frag, mark };
}

/** A date-time in China Standard Time, e.g. 2026/3/1 09:30:00. */
export function cstTime(iso) {
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

// The department picker: an ARIA 1.2 combobox with a listbox popup (type to search, results grouped by district,
// arrow keys / Enter / Escape, the active option by aria-activedescendant, focus never leaves the text box).
import { api, describeError } from './api.js';
import { h, replace } from './dom.js';

const DEBOUNCE_MS = 200;
const PAGE = 50;
const NO_DISTRICT = '未标明区县';

/** "2025年、2026年", oldest first. */
export const yearsText = (documents) => documents.map((d) => `${d.year}年`).reverse().join('、');

/** One search of GET /api/departments; an empty text lists every department (first page). */
export function searchDepartments(q) {
  const params = new URLSearchParams({ limit: String(PAGE) });
  if (q) params.set('q', q);
  return api(`/api/departments?${params}`);
}

function countText({ departments, total }, q) {
  if (total === 0) return q ? `没有找到与“${q}”匹配的部门。` : '没有已载入的部门。';
  const shown = departments.length < total ? `，显示前 ${departments.length} 个，可输入更多文字缩小范围` : '';
  return `找到 ${total} 个部门${shown}。用上下方向键浏览，回车选择。`;
}

/**
 * `input` (role=combobox), `listbox`, `status` (role=status, the live count), `onChoose(group)` where group is a
 * department of /api/departments, or null for 全部部门.
 */
export function createDepartmentPicker({ input, listbox, status, onChoose }) {
  let options = [];
  let active = -1;
  let timer = 0;
  let seq = 0;
  let chosenName = '';

  const isOpen = () => input.getAttribute('aria-expanded') === 'true';

  function setActive(i) {
    options.forEach((o, k) => o.el.setAttribute('aria-selected', String(k === i)));
    options[active]?.el.classList.remove('active');
    active = i;
    const opt = options[i];
    if (!opt) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    opt.el.classList.add('active');
    input.setAttribute('aria-activedescendant', opt.el.id);
    opt.el.scrollIntoView({ block: 'nearest' });
  }

  function close() {
    setActive(-1);
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  }

  function open() {
    if (options.length === 0) return close(); // nothing found: the count says so
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function choose(i) {
    const opt = options[i];
    if (!opt) return;
    close();
    input.value = opt.group ? opt.group.department : '';
    onChoose(opt.group);
  }

  function option(group, index) {
    const el = h('div', { role: 'option', id: `dept-option-${index}`, class: 'option', 'aria-selected': 'false' },
      h('span', { class: 'option-name' }, group ? group.department : '全部部门'),
      h('span', { class: 'option-years' }, group ? `（${yearsText(group.documents)}）` : '（不限定部门，提问时请说明部门）'),
    );
    el.addEventListener('click', () => choose(index));
    return { el, group };
  }

  /** Options grouped by district, in the server's order (district, then name); 全部部门 first when listing all. */
  function render(result, q) {
    options = q ? [] : [option(null, 0)];
    const groups = new Map();
    for (const g of result.departments) {
      const district = g.district ?? NO_DISTRICT;
      if (!groups.has(district)) groups.set(district, []);
      const opt = option(g, options.length);
      options.push(opt);
      groups.get(district).push(opt.el);
    }
    let n = 0;
    replace(listbox,
      q ? null : options[0].el,
      [...groups].map(([district, els]) => {
        const id = `dept-group-${n++}`;
        return h('div', { role: 'group', 'aria-labelledby': id, class: 'option-group' },
          h('div', { id, class: 'option-group-label', role: 'presentation' }, district), els);
      }),
    );
    active = -1;
  }

  /** Search and show the results; `activate` ('first' department or 'last' option) when an arrow key opened them. */
  async function search(q, activate) {
    const mine = ++seq;
    try {
      const result = await searchDepartments(q);
      if (mine !== seq) return;
      render(result, q);
      status.textContent = countText(result, q);
      if (document.activeElement !== input) return;
      open();
      if (activate === 'first') setActive(options.findIndex((o) => o.group));
      else if (activate === 'last') setActive(options.length - 1);
    } catch (err) {
      if (mine !== seq) return;
      status.textContent = `部门列表暂时无法加载：${describeError(err)}`;
    }
  }

  /** The text to search: nothing when the box still shows the chosen department (list them all). */
  const query = () => {
    const text = input.value.trim();
    return text === chosenName ? '' : text;
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(query()), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (e) => {
    const last = options.length - 1;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!isOpen()) {
        clearTimeout(timer);
        void search(query(), e.altKey ? undefined : e.key === 'ArrowDown' ? 'first' : 'last');
        return;
      }
      if (e.key === 'ArrowDown') setActive(active >= last ? 0 : active + 1);
      else setActive(active <= 0 ? last : active - 1);
    } else if (e.key === 'Enter') {
      if (isOpen() && active >= 0) {
        e.preventDefault();
        choose(active);
      }
    } else if (e.key === 'Escape') {
      if (isOpen()) {
        e.preventDefault();
        close();
      } else if (input.value !== chosenName) {
        e.preventDefault();
        input.value = chosenName;
      }
    }
  });

  // Leaving the box closes the list and shows what is really chosen again (typed text is only a search).
  input.addEventListener('blur', () => {
    clearTimeout(timer);
    seq += 1;
    close();
    input.value = chosenName;
  });
  listbox.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the text box

  return {
    /** Show a department as chosen (or none) without calling onChoose. */
    show(group) {
      chosenName = group ? group.department : '';
      input.value = chosenName;
      close();
    },
    close,
  };
}

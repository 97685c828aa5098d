// The demo page: everything runs in the page, from the package's own files.
import { BanglaDateError, extractAll, rules, toBangla } from '../browser.js';

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

function reading(m) {
  if (m.datetime ?? m.date) return m.datetime ?? m.date;
  const pad = (n) => String(n).padStart(2, '0');
  const date = m.month ? `????-${pad(m.month)}-${m.day ? pad(m.day) : '??'}` : '';
  const time = m.time ? m.time.slice(0, 5) : '';
  return [date, time].filter(Boolean).join(' ') || '(relative; needs a reference)';
}

function options() {
  const reference = $('reference').value;
  const rule = $('rule').value;
  return {
    ...(rule ? { rule } : {}),
    prefer: $('prefer').value,
    ...(reference ? { reference } : {}),
  };
}

function renderText() {
  const text = $('text').value;
  const out = $('highlighted');
  const body = $('matches').tBodies[0];
  out.replaceChildren();
  body.replaceChildren();
  let items;
  try {
    items = extractAll(text, options());
  } catch (e) {
    out.append(el('span', { class: 'error' }, String(e.message)));
    return;
  }
  let at = 0;
  for (const item of items) {
    // Spans are UTF-16 indices: exactly what String.prototype.slice takes.
    if (item.start === null || item.start < at) continue;
    out.append(text.slice(at, item.start));
    if (item instanceof BanglaDateError) {
      out.append(el('mark', { class: 'invalid', title: item.message, 'data-kind': item.kind },
        text.slice(item.start, item.end)));
      body.append(el('tr', { class: 'invalid' },
        el('td', {}, text.slice(item.start, item.end)), el('td', {}, `error: ${item.message}`),
        el('td', {}, ''), el('td', {}, item.kind)));
    } else {
      const warn = item.warnings.map((w) => w.kind).join(' ');
      out.append(el('mark', {
        class: item.warnings.length ? 'date warned' : 'date',
        title: `${reading(item)}${warn ? ` — ${warn}` : ''}`,
        'data-iso': item.datetime ?? item.date ?? '',
      }, item.text));
      const warnings = el('td', {});
      for (const w of item.warnings) warnings.append(el('div', { title: w.message }, `${w.kind}: ${w.message}`));
      body.append(el('tr', {},
        el('td', {}, item.text), el('td', { class: 'iso' }, reading(item)),
        el('td', {}, item.bangla ? (item.bangla.rule ?? 'no rule matches') : ''), warnings));
    }
    at = item.end;
  }
  out.append(text.slice(at));
}

function renderRules() {
  const body = $('rules').tBodies[0];
  body.replaceChildren();
  const day = $('gregorian').value;
  if (!day) return;
  for (const rule of rules()) {
    let row;
    try {
      const b = toBangla(day, { rule });
      row = el('tr', { 'data-rule': rule }, el('td', {}, rule), el('td', { class: 'bangla' }, String(b)),
        el('td', {}, `${b.monthName} (${b.monthNameLatin})`), el('td', {}, b.season),
        el('td', {}, b.weekdayName));
    } catch (e) {
      row = el('tr', { 'data-rule': rule, class: 'invalid' }, el('td', {}, rule),
        el('td', { colspan: '4' }, e.message));
    }
    body.append(row);
  }
}

for (const id of ['text', 'rule', 'reference', 'prefer']) $(id).addEventListener('input', renderText);
$('gregorian').addEventListener('input', renderRules);
renderText();
renderRules();
$('status').textContent = 'ready';
document.body.dataset.ready = 'true';

// The English texts the page translates, found in its source: the first argument of
// t(), live() and msg(), the other form of tp() and livePlural() (with the one form),
// the marked elements and attributes of its HTML pages (data-t, data-t-attrs), and the
// engine's message codes (translated by code, with their English template's parameters).
import fs from 'node:fs';
import path from 'node:path';
import * as acorn from 'acorn';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WEB = path.join(ROOT, 'web');
/** The catalogs themselves and the i18n code are not sources of texts. */
const NOT_SOURCES = [path.join(WEB, 'i18n')];
const HTML = ['web/index.html', 'web/widget/embed.html', 'web/examples/lesson.html', 'web/examples/iframe.html'];

/** @param {string} dir @returns {string[]} */
function jsFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (NOT_SOURCES.includes(p)) return [];
    return e.isDirectory() ? jsFiles(p) : e.name.endsWith('.js') && !e.name.includes('.zh-CN.') ? [p] : [];
  });
}

/** A string literal's value (long ones may be 'a' + 'b'), or null. @param {any} node @returns {string | null} */
function literal(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'BinaryExpression' && node.operator === '+') {
    const [left, right] = [literal(node.left), literal(node.right)];
    return left === null || right === null ? null : left + right;
  }
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return null;
}

/** @param {any} node @param {(node: any) => void} visit */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

/**
 * @typedef {{id: string, one?: string, english?: string, where: string}} Use
 * @returns {{uses: Use[], dynamic: string[]}} every use of an id; calls whose id is not a literal
 */
export function messageUses() {
  /** @type {Use[]} */
  const uses = [];
  /** @type {string[]} */
  const dynamic = [];
  for (const file of jsFiles(WEB)) {
    const source = fs.readFileSync(file, 'utf8');
    const rel = path.relative(ROOT, file);
    const ast = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
    walk(ast, (node) => {
      if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier') return;
      const name = node.callee.name;
      const where = `${rel}:${node.loc.start.line}`;
      if (name === 't' || name === 'live' || name === 'msg') {
        const id = literal(node.arguments[0]);
        if (id === null) dynamic.push(where);
        else uses.push({ id, where });
      } else if (name === 'tp' || name === 'livePlural') {
        const one = literal(node.arguments[0]);
        const other = literal(node.arguments[1]);
        if (one === null || other === null) dynamic.push(where);
        else uses.push({ id: other, one, where });
      }
    });
  }
  for (const rel of HTML) {
    const html = fs.readFileSync(path.join(ROOT, rel), 'utf8');
    for (const m of html.matchAll(/<(\w+)\b([^>]*)>/g)) {
      const attrs = m[2];
      const where = `${rel}:${html.slice(0, m.index).split('\n').length}`;
      const marked = /\sdata-t(?:="([^"]*)")?(?=[\s>/]|$)/.exec(attrs);
      if (marked) {
        const text = marked[1] || html.slice(m.index + m[0].length).split('<')[0];
        uses.push({ id: decode(text.trim().replace(/\s+/g, ' ')), where });
      }
      const listed = /\sdata-t-attrs="([^"]*)"/.exec(attrs);
      for (const name of listed ? listed[1].split(/\s+/).filter(Boolean) : []) {
        const value = new RegExp(`\\s${name}="([^"]*)"`).exec(attrs);
        if (value) uses.push({ id: decode(value[1]), where });
        else dynamic.push(`${where} (${name})`);
      }
    }
  }
  for (const { code, english, where } of engineTemplates()) uses.push({ id: code, english, where });
  return { uses, dynamic };
}

/**
 * The engine's message codes with their English templates (engine/core/message_texts.cpp:
 * {"code", "template"} with the template possibly in several literals): the catalogs
 * translate a code, with the template's parameters.
 * @returns {{code: string, english: string, where: string}[]}
 */
export function engineTemplates() {
  const rel = 'engine/core/message_texts.cpp';
  const source = fs.readFileSync(path.join(ROOT, rel), 'utf8');
  return [...source.matchAll(/\{"([a-z0-9_.]+)",\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\}/g)].map((m) => ({
    code: m[1],
    english: [...m[2].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((l) => JSON.parse(`"${l[1]}"`)).join(''),
    where: `${rel}:${source.slice(0, m.index).split('\n').length}`,
  }));
}

/** @param {string} text */
const decode = (text) => text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/**
 * Each catalog file of a locale (web/i18n/<locale>/*.js but index.js) with its entries.
 * @param {string} locale
 * @returns {Promise<{file: string, catalog: Record<string, string | Record<string, string>>}[]>}
 */
export async function catalogFiles(locale) {
  const dir = path.join(WEB, 'i18n', locale);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'index.js').sort();
  return Promise.all(files.map(async (f) => ({ file: `web/i18n/${locale}/${f}`, catalog: (await import(path.join(dir, f))).default })));
}

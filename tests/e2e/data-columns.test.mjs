// An uploaded CSV's columns: every column can be the target or be left out, also in a
// file of 2,000 columns (a searchable list); one-hot inputs carry their encoded names in
// the network diagram, and the summary says how the columns became inputs. In Debian's Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openPage, shot } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const file = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
const summaryHas = (page, text) => page.waitForFunction((t) => document.querySelector('#data-summary').textContent.includes(t), text);

/** columns c1..cN of numbers, 60 rows; column `labelled` holds classes a/b. */
function wideCsv(columns, labelled) {
  const lines = [Array.from({ length: columns }, (_, j) => `c${j + 1}`).join(',')];
  for (let i = 0; i < 60; ++i) {
    lines.push(Array.from({ length: columns }, (_, j) => (j + 1 === labelled ? (i % 2 ? 'a' : 'b') : ((i * (j + 3)) % 17) / 4)).join(','));
  }
  return lines.join('\n') + '\n';
}

test('every column of a 31-column file can be the target or be ignored', async () => {
  const page = await openPage(h);
  await page.setInputFiles('#csv-file', file('wide31.csv', wideCsv(31, 20)));
  await summaryHas(page, 'target “c31”');
  assert.equal(await page.$$eval('#column-roles tbody tr', (rows) => rows.length), 31, 'all 31 columns listed');
  await page.check('#column-roles input[type=radio][value=c20]');
  await summaryHas(page, 'target “c20”');
  assert.match(await page.textContent('#data-summary'), /classification/);
  // The diagram is the new network at once, with c20's class as its output.
  await page.waitForFunction(() => document.querySelector('#network-svg')?.getAttribute('aria-label') === 'Network: 29 → 16 → 1 units');
  assert.equal(await page.$$eval('#network-svg text.unit-label', (t) => t.at(-1).textContent), 'P(b)');
  await page.check('#column-roles input[type=checkbox][value=c17]');
  await summaryHas(page, '28 input features');  // c15 is constant (dropped), c20 the target
  assert.match(await page.textContent('#column-roles tr[data-column="17"]'), /ignored/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a 2,000-column file: the column list is searched by name or number, and any column can be the target', async () => {
  const page = await openPage(h);
  await page.setInputFiles('#csv-file', file('wide2000.csv', wideCsv(2000, 1500)));
  await summaryHas(page, 'target “c2000”');
  assert.ok(await page.$$eval('#column-roles tbody tr', (rows) => rows.length) <= 40, 'not 2,000 rows of controls');
  assert.match(await page.textContent('#column-roles-more'), /more columns: type a name or a number/);
  await page.fill('#column-search', 'c1500');
  await page.waitForFunction(() => document.querySelectorAll('#column-roles tbody tr').length === 1);
  await page.check('#column-roles input[type=radio][value=c1500]');
  await summaryHas(page, 'target “c1500”');
  assert.match(await page.textContent('#data-summary'), /classification/);
  await page.fill('#column-search', '#7');
  await page.waitForFunction(() => document.querySelector('#column-roles tbody tr')?.dataset.column === '7');
  await page.fill('#column-search', 'no such column');
  await page.waitForFunction(() => /No column matches “no such column”/.test(document.querySelector('#column-roles-more').textContent));
  await shot(page, 'data-2000-columns');
  // Predict takes one row of values, not 1,999 fields.
  assert.equal(await page.$$eval('#predict-form input', (i) => i.length), 0);
  await page.click('#predict-button');
  await page.waitForSelector('#predict-output .bars');
  await page.fill('#predict-row', '1,2,3');
  await page.click('#predict-button');
  await page.waitForFunction(() => /Expected [\d,]+ values, one per input column; got 3/.test(document.querySelector('#predict-output').textContent));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('one-hot inputs are named sex=male in the diagram, and the summary says how columns became inputs', async () => {
  const rows = ['age,sex,port,fare,survived'];
  for (let i = 0; i < 80; ++i) rows.push([20 + (i % 40), i % 3 ? 'male' : 'female', 'SCQ'[i % 3], (i * 7) % 50, i % 2].join(','));
  const page = await openPage(h);
  await page.setInputFiles('#csv-file', file('passengers.csv', rows.join('\n') + '\n'));
  await summaryHas(page, 'target “survived”');
  const inputs = await page.textContent('#data-inputs');
  assert.match(inputs, /2 numeric columns → 2 inputs, standardized to mean 0 and standard deviation 1 on the training rows/);
  assert.match(inputs, /“sex” → 2 one-hot inputs \(sex=female, sex=male\)/);
  assert.match(inputs, /“port” → 3 one-hot inputs \(port=C, port=Q, port=S\)/);
  await page.click('#step');
  await page.waitForSelector('#network-svg');
  const names = await page.$$eval('#network-svg circle.input title', (ts) => ts.map((t) => t.textContent));
  assert.deepEqual(names, ['age', 'sex=female', 'sex=male', 'port=C', 'port=Q', 'port=S', 'fare']);
  await shot(page, 'data-one-hot-names');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a 12 MB file, read by the engine in pieces: its rows, another target, and a bad row deep in it named', async () => {
  const columns = 60;
  const lines = ['label,' + Array.from({ length: columns - 1 }, (_, j) => `x${j}`).join(',')];
  for (let r = 0; r < 50000; ++r) lines.push(`${r % 4}` + Array.from({ length: columns - 1 }, (_, j) => `,${100 + ((r * 7 + j * 13) % 900)}`).join(''));
  const text = lines.join('\n') + '\n';
  assert.ok(text.length > 10e6);
  const page = await openPage(h);
  await page.setInputFiles('#csv-file', file('big.csv', text));
  await page.waitForFunction(() => /\b50,000 rows\b/.test(document.querySelector('#data-counts')?.textContent), null, { timeout: 60000 });
  await summaryHas(page, 'target “label”');
  assert.match(await page.textContent('#data-summary'), /classification/);
  await page.fill('#column-search', 'x58');
  await page.check('#column-roles input[type=radio][value=x58]');  // loaded again from the file's pieces
  await summaryHas(page, 'target “x58”');
  assert.match(await page.textContent('#data-summary'), /regression/);
  const bad = [...lines];
  bad[45001] = '1,2,3';
  await page.setInputFiles('#csv-file', file('bad.csv', bad.join('\n') + '\n'));
  await page.waitForSelector('#data-error:not([hidden])', { timeout: 60000 });
  const error = await page.textContent('#data-error');
  assert.match(error, /Could not load “bad\.csv”/);
  assert.match(error, /row 45002 has 3/);
  assert.match(error, /Still loaded: “big\.csv” \(50,000 rows\)/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

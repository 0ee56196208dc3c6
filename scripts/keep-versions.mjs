#!/usr/bin/env node
// Brings the widget's earlier pinned versions along when the site is published again. A
// host such as GitHub Pages replaces the whole site with each publication, so the
// versions the published site serves (its v/versions.json, written by build-web.sh) are
// downloaded into dist/v/ unless this build has them, and versions.json lists them all.
//   node scripts/keep-versions.mjs https://example.org/nnplay/ [dist]
// The first publication (no versions.json there yet) keeps nothing; any other failure
// (the site unreachable, a file missing) stops, so that no pinned version is dropped unseen.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const VERSION = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
const FILE = /^[\w-][\w.-]*$/;

/**
 * @param {string} siteUrl the published site's folder URL
 * @param {string} dist the new build
 * @returns {Promise<string[]>} the versions brought along
 */
export async function keepVersions(siteUrl, dist) {
  const site = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  const listPath = join(dist, 'v', 'versions.json');
  const local = JSON.parse(readFileSync(listPath, 'utf8'));
  const response = await fetch(new URL('v/versions.json', site));
  if (response.status === 404) return [];
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
  const published = await response.json();
  const kept = [];
  for (const [version, files] of Object.entries(published.versions ?? {})) {
    if (Object.hasOwn(local.versions, version)) continue;  // this build's own
    if (!VERSION.test(version)) throw new Error(`v/versions.json: "${version}" is not a version`);
    const bad = files.find((f) => typeof f !== 'string' || !FILE.test(f));
    if (bad !== undefined) throw new Error(`v/versions.json: version ${version}: "${bad}" is not a file name`);
    const folder = join(dist, 'v', version);
    mkdirSync(folder, { recursive: true });
    for (const file of files) {
      const url = new URL(`v/${version}/${file}`, site);
      const got = await fetch(url);
      if (!got.ok) throw new Error(`${url}: HTTP ${got.status}`);
      writeFileSync(join(folder, file), Buffer.from(await got.arrayBuffer()));
    }
    local.versions[version] = files;
    kept.push(version);
  }
  writeFileSync(listPath, `${JSON.stringify(local, null, 2)}\n`);
  return kept;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [siteUrl, dist = 'dist'] = process.argv.slice(2);
  if (!siteUrl || !existsSync(join(dist, 'v', 'versions.json'))) {
    console.error('usage: node scripts/keep-versions.mjs <published site URL> [dist] (after scripts/build-web.sh)');
    process.exit(2);
  }
  try {
    const kept = await keepVersions(siteUrl, dist);
    console.log(kept.length ? `keep-versions: kept ${kept.join(', ')}` : 'keep-versions: no earlier version published');
  } catch (e) {
    console.error(`keep-versions: ${e.message}`);
    process.exit(1);
  }
}

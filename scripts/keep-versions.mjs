#!/usr/bin/env node
// Keeps the widget's pinned versions when the site is published again. A host such as
// GitHub Pages replaces the whole site with each publication, so every version the
// published site serves (its v/versions.json, written by build-web.sh) is downloaded into
// dist/v/, and versions.json lists them all. A version once published never changes: the
// published files of this build's own version, when there are any, replace the build's
// (a fix made without a new version number reaches the latest widget, not the pinned one).
//   node scripts/keep-versions.mjs https://example.org/nnplay/ [dist]
// The first publication (no versions.json there yet) keeps nothing; any other failure
// (the site unreachable, a file missing) stops, so that no pinned version is dropped unseen.
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
const FILE = /^[\w-][\w.-]*$/;

/**
 * @param {string} siteUrl the published site's folder URL
 * @param {string} dist the new build
 * @returns {Promise<string[]>} the versions kept from the published site
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
    if (!VERSION.test(version)) throw new Error(`v/versions.json: "${version}" is not a version`);
    const bad = files.find((f) => typeof f !== 'string' || !FILE.test(f));
    if (bad !== undefined) throw new Error(`v/versions.json: version ${version}: "${bad}" is not a file name`);
    const folder = join(dist, 'v', version);
    rmSync(folder, { recursive: true, force: true });
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

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
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

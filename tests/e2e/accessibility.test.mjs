// axe-core, the standard accessibility checker, over the page with its embed builder, the
// widget (the lesson page's three and the iframe form) and the lesson, in English and
// Chinese, in light and dark colours: no serious or critical violation. Run: bash scripts/build-web.sh && node --test tests/e2e/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { startHarness, openPage, shot, waitTrainingDone } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const SCHEMES = ['light', 'dark'];

/** axe's serious and critical violations, one line each with where (the shadow roots' too). */
async function violations(page) {
  const { violations: found } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim() ?? ''})`).join('; ')}`);
}

/** Scrolls through the page so that every widget loads, and waits until each is ready. */
async function loadWidgets(page) {
  await page.waitForFunction(() => customElements.get('nn-playground'));
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll('nn-playground')) { el.scrollIntoView(); await el.ready; }
    window.scrollTo(0, 0);
  });
}

for (const scheme of SCHEMES) {
  for (const lang of ['en', 'zh-CN']) {
    test(`accessibility: the page, ${lang}, ${scheme}, before and after training`, async () => {
      const page = await openPage(h, `#lang=${lang}`, undefined, (p) => p.emulateMedia({ colorScheme: scheme }));
      assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), scheme === 'dark');
      assert.deepEqual(await violations(page), [], 'before training');
      await page.click('#train');
      await waitTrainingDone(page);
      // The embed builder, with its preview (a widget in an iframe) loaded.
      await page.click('a[href="#embed-card"]');
      const frame = await page.waitForSelector('#embed-card iframe.embed-preview[src]');
      await frame.scrollIntoViewIfNeeded();  // the cards above it grow as their content loads
      const preview = await frame.contentFrame();
      await preview.waitForSelector('nn-playground');
      await preview.$eval('nn-playground', (el) => el.ready);
      assert.deepEqual(await violations(page), [], 'after training, with the embed builder');
      if (lang === 'en') await shot(page, `page-${scheme}`);
      // The check sees a real problem: text in nearly the card's own colour.
      await page.$eval('#output-title', (el) => { el.style.color = `color-mix(in srgb, ${getComputedStyle(el.closest('section')).backgroundColor} 80%, gray)`; });
      assert.match((await violations(page)).join('\n'), /serious color-contrast: #output-title/);
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    test(`accessibility: the lesson and its widgets, ${lang}, ${scheme}`, async () => {
      const page = await h.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${h.url}examples/${lang === 'en' ? 'lesson.html' : 'lesson.zh-CN.html'}`);
      await loadWidgets(page);
      assert.deepEqual(await violations(page), [], 'loaded');
      await page.$eval('nn-playground', (el) => el.train());
      assert.deepEqual(await violations(page), [], 'a widget trained');
      if (lang === 'en') await shot(page, `lesson-${scheme}`);
      await page.close();
    });

    test(`accessibility: the iframe form, ${lang}, ${scheme}`, async () => {
      const page = await h.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${h.url}embed.html?preset=moons&charts=accuracy,loss,boundary,network&lang=${lang}`);
      await loadWidgets(page);
      assert.deepEqual(await violations(page), []);
      await page.close();
    });
  }
}

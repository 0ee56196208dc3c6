// Registers the site's service worker (service-worker.js, built as sw.js beside the page's
// scripts), which keeps the site working offline after one visit, says when a newer
// build is ready to take over, and hands it the data files read before it took over.

/** Built-in data files read while no service worker served the page (the first visit). */
const readBeforeControl = new Set();

/** Gives the worker that now serves the page the data files it did not see. */
function handOverData() {
  const controller = navigator.serviceWorker.controller;
  if (!controller || readBeforeControl.size === 0) return;
  controller.postMessage({ type: 'keep-data', urls: [...readBeforeControl] });
  readBeforeControl.clear();
}

/**
 * Registers `scriptUrl` unless the browser cannot run it here (no service workers, a
 * page that is not a secure context: http other than localhost, file://) or it could not
 * serve this page (the script on another site, or in a folder the page is not under: a
 * course page using the widget from elsewhere on its site).
 *
 * onUpdate(reload) is called when a newer build is ready: it has installed beside the
 * running one (reload() hands over to it and reloads the page), or another tab of the site
 * has taken it (reload() reloads this one, whose lazily loaded files are now the new
 * build's). Resolves with the registration, or null; a failed registration is a warning,
 * never the page's failure.
 * @param {URL} scriptUrl
 * @param {{onUpdate?: (reload: () => void) => void}} [options]
 * @returns {Promise<ServiceWorkerRegistration | null>}
 */
export async function registerOffline(scriptUrl, { onUpdate } = {}) {
  if (!('serviceWorker' in navigator) || !window.isSecureContext || scriptUrl.origin !== location.origin ||
      !location.href.startsWith(new URL('.', scriptUrl).href)) return null;
  // After the page's own files: the worker's install fetches the whole site.
  if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  let registration;
  try {
    registration = await navigator.serviceWorker.register(scriptUrl.href);
  } catch (e) {
    console.warn(`nnplay: the offline copy is not available: ${/** @type {Error} */ (e).message}`);
    return null;
  }
  if (!registration) return null;  // a browser context that blocks service workers (the page tests')
  const servedBefore = Boolean(navigator.serviceWorker.controller);
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first visit's worker has taken over: the data read before is handed to it.
    handOverData();
    if (!servedBefore) return;
    if (reloading) location.reload();  // the newer build this page asked for
    else onUpdate?.(() => location.reload());  // taken by another tab
  });
  if (!onUpdate) return registration;
  /** @param {ServiceWorker} waiting */
  const offer = (waiting) => onUpdate(() => {
    reloading = true;
    if (waiting.state === 'installed') waiting.postMessage({ type: 'activate-update' });
    else location.reload();  // already taking over (another tab asked first)
  });
  // A newer build is only an update where an older one serves the page (the first visit's
  // worker takes over the page by itself).
  if (registration.waiting && servedBefore) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && navigator.serviceWorker.controller) offer(installing);
    });
  });
  return registration;
}

/**
 * Keeps the built-in data files a session loads for offline use: call once per Session
 * (web/core/session.js), whose 'loading' and 'loaded' events frame each load. A load that
 * began while no worker served the page went around it: its files are handed to the
 * worker once it serves the page (at once, if it took over during the load).
 * @param {{on: (name: string, listener: (event: any) => void) => unknown}} session
 */
export function keepLoadedData(session) {
  if (!('serviceWorker' in navigator)) return;
  let servedAtStart = false;
  session.on('loading', () => { servedAtStart = Boolean(navigator.serviceWorker.controller); });
  session.on('loaded', ({ source }) => {
    if (servedAtStart) return;  // the worker saw the download and keeps it
    const urls = source?.kind === 'url' ? [source.url] : source?.kind === 'idx-url' ? Object.values(source.urls) : [];
    for (const url of urls) if (new URL(url).origin === location.origin) readBeforeControl.add(url);
    handOverData();
  });
}

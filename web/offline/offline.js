// Registers the site's service worker (service-worker.js, built as sw.js beside the page's
// scripts), which keeps the site working offline after one visit, says when a newer
// build is ready to take over, and hands it the data files read before it took over.

/** Built-in data files read while no service worker served the page (the first visit). */
const readBeforeControl = new Set();

/**
 * Registers `scriptUrl` unless the browser cannot run it here (no service workers, a
 * page that is not a secure context: http other than localhost, file://) or the script is
 * on another site. onUpdate(activate) is called when a newer build has installed beside the
 * running one: activate() hands over to it and reloads the page. Resolves with the
 * registration, or null; a failed registration is a warning, never the page's failure.
 * @param {URL} scriptUrl
 * @param {{onUpdate?: (activate: () => void) => void}} [options]
 * @returns {Promise<ServiceWorkerRegistration | null>}
 */
export async function registerOffline(scriptUrl, { onUpdate } = {}) {
  if (!('serviceWorker' in navigator) || !window.isSecureContext || scriptUrl.origin !== location.origin) return null;
  // After the page's own files: the worker's install fetches the whole site.
  if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  let registration;
  try {
    registration = await navigator.serviceWorker.register(scriptUrl.href);
  } catch (e) {
    console.warn(`nnplay: the offline copy is not available: ${/** @type {Error} */ (e).message}`);
    return null;
  }
  if (!registration) return null;  // a browser set to block service workers
  // The first visit's worker takes over once it has installed: the data files read
  // before that are given to it to keep (it keeps the ones it serves by itself).
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (readBeforeControl.size === 0) return;
    navigator.serviceWorker.controller?.postMessage({ type: 'keep-data', urls: [...readBeforeControl] });
    readBeforeControl.clear();
  });
  if (!onUpdate) return registration;
  /** @param {ServiceWorker} waiting */
  const offer = (waiting) => onUpdate(() => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'activate-update' });
  });
  // A newer build is only an update where an older one serves the page (the first visit's
  // worker takes over the page by itself).
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
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
 * (web/core/session.js), whose 'loaded' event names the source.
 * @param {{on: (name: string, listener: (event: any) => void) => unknown}} session
 */
export function keepLoadedData(session) {
  session.on('loaded', ({ source }) => {
    if (!('serviceWorker' in navigator) || navigator.serviceWorker.controller) return;
    const urls = source?.kind === 'url' ? [source.url] : source?.kind === 'idx-url' ? Object.values(source.urls) : [];
    for (const url of urls) if (new URL(url).origin === location.origin) readBeforeControl.add(url);
  });
}

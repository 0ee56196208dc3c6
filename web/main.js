// Entry point of the playground page.
import { App } from './app.js';
import { live, setText } from './i18n/text.js';
import { registerOffline } from './offline/offline.js';

const app = new App();
/** @type {Window & {nnplayApp?: App}} */ (window).nnplayApp = app;  // for the e2e tests and the curious: read-only use
app.start().catch((e) => {
  const notice = document.getElementById('notice');
  notice.hidden = false;
  setText(notice, live('The page failed to start: {reason}', { reason: e.message }));
  console.error(e);
}).finally(() => {
  // After one visit the page works offline (offline/service-worker.js, built as sw.js
  // beside this script), registered once the page is up so that its files come first; a
  // newer build, once installed, is offered with a note.
  registerOffline(new URL('./sw.js', import.meta.url), {
    onUpdate(reload) {
      const note = /** @type {HTMLElement} */ (document.getElementById('update-note'));
      const button = /** @type {HTMLButtonElement} */ (document.getElementById('update-reload'));
      button.onclick = () => { button.disabled = true; reload(); };
      note.hidden = false;
    },
  });
});

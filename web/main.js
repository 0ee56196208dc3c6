// Entry point of the playground page.
import { App } from './app.js';
import { live, setText } from './i18n/text.js';

const app = new App();
/** @type {Window & {nnplayApp?: App}} */ (window).nnplayApp = app;  // for the e2e tests and the curious: read-only use
app.start().catch((e) => {
  const notice = document.getElementById('notice');
  notice.hidden = false;
  setText(notice, live('The page failed to start: {reason}', { reason: e.message }));
  console.error(e);
});

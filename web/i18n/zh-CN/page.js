// zh-CN: the texts of the page itself: index.html, app.js, main.js, file-notice.js (see web/i18n/README.md).
/** @type {import('../translate.js').Catalog} */
export default {
};

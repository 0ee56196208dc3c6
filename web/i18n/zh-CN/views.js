// zh-CN: the texts of web/views (see web/i18n/README.md).
/** @type {import('../translate.js').Catalog} */
export default {
};

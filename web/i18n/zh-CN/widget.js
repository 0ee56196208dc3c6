// zh-CN: the texts of web/widget (see web/i18n/README.md).
/** @type {import('../translate.js').Catalog} */
export default {
};

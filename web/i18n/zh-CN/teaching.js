// zh-CN: the texts of web/teaching loaded with the page (help titles, help lines, help button) (see web/i18n/README.md).
/** @type {import('../translate.js').Catalog} */
export default {
};

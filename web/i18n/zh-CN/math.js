// zh-CN: the math card's texts (teaching/math-*.js), loaded with it (see web/i18n/README.md).
/** @type {import('../translate.js').Catalog} */
export default {
};

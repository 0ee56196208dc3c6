// zh-CN: the guided experiments' texts (teaching/experiments.js), loaded with their card (see web/i18n/README.md).
/** @type {import('../translate.js').Catalog} */
export default {
};

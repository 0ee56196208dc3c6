// zh-CN: the texts of web/core (the schema's labels and messages, the data sets, the runs' labels) (see web/i18n/README.md).
/** @type {import('../translate.js').Catalog} */
export default {
};

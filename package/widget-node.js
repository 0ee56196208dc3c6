// 'nnplay/widget' in Node (a server that renders a course page's HTML): the element needs
// a browser, so nothing is defined here; the browser loads the real module.
export class NnPlayground {}
export function setBasePath() {}

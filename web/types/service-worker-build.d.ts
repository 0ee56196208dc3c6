// What scripts/build-service-worker.mjs defines in web/offline/service-worker.js: the
// files the worker caches on install, and the build's version.
declare const PRECACHE: string[];
declare const VERSION: string;

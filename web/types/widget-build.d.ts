// What scripts/build-web.sh defines in the widget's pinned copy (dist/v/<version>/): where
// the site's data files and full page are, relative to its script (web/core/engine-workers.js).
// Undefined in every other build.
declare const NNPLAY_SITE_PATH: string | undefined;

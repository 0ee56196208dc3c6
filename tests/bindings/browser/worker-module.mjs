// A module worker, as the page's training worker will be: the ESM wrapper.
import { loadNnplay } from './nnplay.mjs';
import { train } from './train.mjs';

postMessage(train(await loadNnplay()));

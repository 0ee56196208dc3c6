// Runs Python for the code-export tests: the first python3 that has NumPy (Debian's
// python3-numpy, which scripts/setup.sh installs; a pyenv python3 first on PATH may lack it).
import { execFileSync, spawnSync } from 'node:child_process';

function hasNumpy(python) {
  const r = spawnSync(python, ['-c', 'import numpy'], { encoding: 'utf8' });
  return r.status === 0;
}

export const python = ['python3', '/usr/bin/python3'].find(hasNumpy) ?? null;

/** Runs python with args, stdin text; returns stdout, throws with stderr on failure. */
export function runPython(args, input = '') {
  if (!python) throw new Error('no python3 with NumPy found: apt-get install python3-numpy (scripts/setup.sh)');
  return execFileSync(python, args, { input, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Calls a function of a Python file (loaded with runpy, so its __main__ block does not run) on JSON args. */
export function callPython(file, fn, ...args) {
  const driver = 'import json, runpy, sys\n' +
    'ns = runpy.run_path(sys.argv[1])\n' +
    'out = ns[sys.argv[2]](*json.load(sys.stdin))\n' +
    'print(json.dumps(out.tolist() if hasattr(out, "tolist") else out))\n';
  return JSON.parse(runPython(['-c', driver, file, fn], JSON.stringify(args)));
}

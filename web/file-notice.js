// A classic script (module scripts, module workers and fetch() do not run from file://
// pages): says why the page needs a web server instead of failing silently.
if (location.protocol === 'file:') {
  var n = document.getElementById('notice');
  n.hidden = false;
  n.textContent = 'This page must be served over http(s): browsers do not run module scripts, workers or ' +
    'WebAssembly from file:// pages. Run "npm start", or serve this folder with any static web server ' +
    '(for example: python3 -m http.server, then open http://localhost:8000/).';
}

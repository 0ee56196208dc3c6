// A classic script (module scripts, module workers and fetch() do not run from file://
// pages): says why the page needs a web server instead of failing silently. The page's
// catalogs are modules too, so this notice carries its own two languages.
if (location.protocol === 'file:') {
  var n = document.getElementById('notice');
  var asked = (/[#&?]lang=([^&#]+)/.exec(location.href) || [])[1] || (navigator.languages || [navigator.language])[0] || '';
  var zh = /^zh(?![^-]).*$/i.test(asked) && (!/-(hant|tw|hk|mo)\b/i.test(asked) || /-hans\b/i.test(asked));
  n.hidden = false;
  document.documentElement.lang = zh ? 'zh-CN' : 'en';
  n.textContent = zh
    ? '此页面必须通过 http(s) 打开：浏览器不会在 file:// 页面中运行模块脚本、Worker 或 WebAssembly。' +
      '请运行“npm start”，或用任意静态网页服务器提供此文件夹（例如：python3 -m http.server，然后打开 http://localhost:8000/）。'
    : 'This page must be served over http(s): browsers do not run module scripts, workers or ' +
      'WebAssembly from file:// pages. Run "npm start", or serve this folder with any static web server ' +
      '(for example: python3 -m http.server, then open http://localhost:8000/).';
}

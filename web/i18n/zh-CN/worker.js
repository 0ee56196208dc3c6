// zh-CN: the worker's own messages (web/worker: a file too large, a download that failed,
// training that cannot go on), shown as the engine's are.
/** @type {import('../translate.js').Catalog} */
export default {
  // read-source.js
  'the file at {url} is more than {size}': '{url} 处的文件超过 {size}',
  'the file at {url} is {size}': '{url} 处的文件有 {size}',
  'the file at {url} is not a valid gzip file: {reason}': '{url} 处的文件不是有效的 gzip 文件：{reason}',
  '“{name}” is more than {size}': '“{name}”超过 {size}',
  '“{name}” is not a valid gzip file: {reason}': '“{name}”不是有效的 gzip 文件：{reason}',
  '“{name}” is {size}': '“{name}”有 {size}',
  '{what}; CSV files of up to {max} can be loaded here: the data lives in the browser’s memory for the engine (at most 2 GB), beside the network and its training. Load a sample of its rows (the first 100,000 rows, say) instead':
    '{what}；这里最多能加载 {max} 的 CSV 文件：数据要放在浏览器内存中供引擎使用（最多 2 GB），与网络及其训练共用。请改为加载它的一部分行（比如前 100,000 行）',
  'could not fetch {url}: the server did not answer, or it does not allow this page to read the file (a file on another site must be served with CORS)':
    '无法获取 {url}：服务器没有响应，或不允许此页面读取该文件（其他网站上的文件必须启用 CORS 提供）',
  'could not fetch {url}: HTTP {status}': '无法获取 {url}：HTTP {status}',
  // worker-core.js
  'load data before training': '请先加载数据再训练',
  'training has stopped: {reason}. Press Reset to start again.': '训练已停止：{reason}。按“重置”重新开始。',
  'all {epochs} epochs are done: raise Epochs to go on, or Reset': '全部 {epochs} 轮已完成：增加轮数以继续训练，或按“重置”',
};

// zh-CN: the texts of web/widget (see web/i18n/README.md).
/** @type {import('../translate.js').Catalog} */
export default {
  '{field} {message}': '{field}：{message}',
  // widget.js
  'Open in the full playground ↗': '在完整的游乐场中打开 ↗',
  'Could not start: {message}': '无法启动：{message}',
  'the training worker failed: {message}': '训练 Worker 出错：{message}',
  'Could not load the data: {message}': '无法加载数据：{message}',
  'unknown settings {names}': '未知的设置 {names}',
  'Some settings were not used: {problems}.': '部分设置未被使用：{problems}。',
  'This setup cannot train: {problems}.': '当前设置无法训练：{problems}。',
  'Press Train to start: this device asks for reduced motion, so training does not start by itself.':
    '请按“训练”开始：系统已开启“减弱动态效果”，因此训练不会自动开始。',

  // embed-builder.js (and its card in the page)
  'Embed this': '嵌入到课程页面',
  'The embed builder loads when this card comes into view.': '滚动到此卡片时加载嵌入生成器。',
  'Could not load the embed builder: {error}': '无法加载嵌入生成器：{error}',
  'Put this setup in a course page: choose what the learner may change and see, check the preview, copy a snippet.':
    '把当前设置放进课程页面：选择学习者可以更改和看到的内容，查看预览，复制代码片段。',
  'The data': '数据',
  'A CSV file is embedded by its address: put it online where the course page can read it (the same site, or a server that allows it).':
    'CSV 文件通过地址嵌入：请把它放到课程页面能读取的网址上（同一站点，或允许跨域访问的服务器）。',
  'CSV address (URL)': 'CSV 地址（URL）',
  'What the learner may use': '学习者可以使用的控件',
  '{control}: locked': '{control}：锁定',
  'locked': '锁定',
  'Views': '视图',
  'Start, language, look': '启动、语言与外观',
  'Train as soon as it is loaded': '加载后立即开始训练',
  'The course page\'s': '跟随课程页面',
  'Colours': '配色',
  'The system\'s': '跟随系统',
  'Light': '浅色',
  'Dark': '深色',
  'Width': '宽度',
  'Height of the iframe (pixels)': 'iframe 的高度（像素）',
  'Pin version {version} (the snippet keeps this widget when the site updates)': '固定为版本 {version}（站点更新后，代码片段仍使用此版本的组件）',
  'Preview': '预览',
  'Preview of the embedded widget': '嵌入组件的预览',
  'The element (for pages that allow scripts)': '元素形式（适用于允许脚本的页面）',
  'The iframe (for platforms that strip scripts)': 'iframe 形式（适用于会过滤脚本的平台）',
  'Challenge (optional)': '挑战（可选）',
  'Conditions': '条件',
  'A goal the widget checks after each run; conditions separated by ";". For example:': '组件在每次训练后检查的目标；多个条件用“;”分隔。例如：',
  'a score within limits': '在限制条件内达到某个分数',
  'make it overfit (training − validation accuracy)': '让它过拟合（训练集准确率 − 验证集准确率）',
  'fix the learning rate: nothing else may change': '修正学习率：其他设置都不能改',
  'A link to the full page with this setup': '带有此设置的完整页面链接',
  'Check a student\'s result': '检查学生提交的结果',
  'This is not a result as the page wrote it: a line was changed, or it is incomplete.': '这不是页面生成的原始结果：有某一行被改动过，或内容不完整。',
  'The checksum matches: the challenge "{challenge}" was met at epoch {epoch}.': '校验和一致：挑战“{challenge}”在第 {epoch} 轮达成。',
  'The checksum matches: the challenge "{challenge}" was not met.': '校验和一致：挑战“{challenge}”未达成。',
  'Open its settings to train them again (the same seed gives the same figures)': '打开其设置重新训练（相同的随机种子会得到相同的结果）',
  'Copy': '复制',
  'Copy: {what}': '复制：{what}',
  'Copied.': '已复制。',
  'Select the text and copy it.': '请选中文本并复制。',
  'A neural network learning {data}': '正在学习{data}的神经网络',
  'Give the full address (https://…) of the CSV file: a file loaded from this computer is not on the web.':
    '请填写 CSV 文件的完整地址（https://…）：从本机加载的文件不在网上。',
  'Choose at least one view.': '请至少选择一个视图。',
  'The width is a length such as 100%, 720px or 40rem.': '宽度须为长度值，如 100%、720px 或 40rem。',
  'The height is a whole number of pixels between 200 and 4000.': '高度须为 200 到 4000 之间的整数像素。',
  'Some settings are not valid: correct them in the page first.': '部分设置无效：请先在页面中更正。',

  // embed.html
  'nnplay — embedded playground': 'nnplay：嵌入式游乐场',

  // widget-settings.js
  '{attribute}="{value}": {problem}': '{attribute}="{value}"：{problem}',
  'lang="{value}": unknown language (one of {languages})': 'lang="{value}"：未知的语言（可选：{languages}）',
  'theme="{value}": must be one of {themes}': 'theme="{value}"：必须是 {themes} 之一',
  '{attribute}="{value}": unknown data set (one of {names})': '{attribute}="{value}"：未知的数据集（可选：{names}）',
  'controls: unknown control "{value}" (buttons {buttons}, data, or a setting such as lr, l2, opt)':
    'controls：未知的控件“{value}”（可用按钮 {buttons}、data，或某项设置，如 lr、l2、opt）',
  'locked: unknown setting "{value}"': 'locked：未知的设置“{value}”',
  'charts: unknown chart "{value}" (one of {charts})': 'charts：未知的图表“{value}”（可选：{charts}）',
  'activation="{value}": must be one of {activations}': 'activation="{value}"：激活函数必须是 {activations} 之一',
  'keep="{value}": must be a number in (0, 1]': 'keep="{value}"：保留概率必须是区间 (0, 1] 内的数',
  'layers="{value}": {problem} (write units per layer, e.g. "8,8")': 'layers="{value}"：{problem}（请写出每层的神经元数，如 "8,8"）',
  'cannot read it': '无法读取',
  'layers="{value}": layer {layer} units must be a whole number between 1 and {max}':
    'layers="{value}"：第 {layer} 层的神经元数必须是介于 1 和 {max} 之间的整数',
  'Could not download “{name}”: {reason}': '无法下载“{name}”：{reason}',
  'Could not download “{name}”: the server answered {status}.': '无法下载“{name}”：服务器返回 {status}。',
  'Could not open the project: {message}': '无法打开项目：{message}',
};

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
    '请按“训练”开始：此设备要求减少动态效果，因此训练不会自动开始。',

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
};

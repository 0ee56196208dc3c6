// zh-CN: the texts of web/teaching loaded with the page (help titles, help lines, help button) (see web/i18n/README.md).
// The help's paragraphs are not here: teaching/help-*.zh-CN.js, loaded when needed.
/** @type {import('../translate.js').Catalog} */
export default {
  // help-titles.js
  'Data seed': '数据种子',
  'Gaussian scale': '高斯尺度',
  'Early stopping patience': '早停耐心值',
  'Training loss and accuracy': '训练损失和准确率',
  'Units': '神经元数',
  'Keep probability (dropout)': '保留概率（随机失活）',
  'Add a layer': '添加一层',
  'Remove a layer': '删除一层',
  'Target column': '目标列',
  'Ignored columns': '忽略的列',
  'Categorical columns': '类别型列',
  'Upload a CSV': '上传 CSV',
  'Paste text': '粘贴文本',
  'Step': '训练 1 轮',
  'Download model': '下载模型',
  'Download history': '下载训练历史',

  // help-views.js
  'Accuracy (or R²) per epoch': '每轮的准确率（或 R²）',
  'Loss (cost) per epoch': '每轮的损失（代价）',
  'Latest figures': '最新指标',
  'Decision boundary': '决策边界',
  'Network diagram': '网络结构图',
  'Data summary': '数据概览',
  'Unit maps': '神经元输出图',
  'Compare runs': '比较训练记录',
  'One mini-batch, step by step': '逐步详解一个小批量',
  'Try: {text}': '建议取值：{text}',
  'Too small: {text}': '过小：{text}',
  'Too large: {text}': '过大：{text}',
  'Colours: {text}': '颜色：{text}',
  'Axes: {text}': '坐标轴：{text}',
  'Also called: {names}': '又称：{names}',

  // help-button.js
  'Help: {title}': '帮助：{title}',
  'Could not load this help: {reason}': '无法加载此帮助：{reason}',
  'Save project': '保存项目',
};

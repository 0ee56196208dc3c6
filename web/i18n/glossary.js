// The field's terms in each language, one Chinese term for each English one. The
// catalogs and the help use these and no other (tests/web/i18n/catalog.test.mjs checks
// every catalog text whose English names a term); the help gives the English term
// beside the Chinese at its first use, "学习率 (learning rate)", as the vocabulary
// bridge names sklearn's and Keras's.
//
// en: the English term (matched as a whole word, with a plural s); zh: the Chinese term
// a translation of a text naming it contains (any of them, when several are right);
// unless: longer terms with the word that mean something else (Adam's bias correction).

/** @type {readonly {en: string, zh: readonly string[], unless?: readonly string[]}[]} */
export const GLOSSARY = [
  { en: 'forward propagation', zh: ['前向传播'] },
  { en: 'forward pass', zh: ['前向传播'] },
  { en: 'backpropagation', zh: ['反向传播'] },
  { en: 'activation function', zh: ['激活函数'] },
  { en: 'activation', zh: ['激活'] },
  { en: 'loss function', zh: ['损失函数'] },
  { en: 'cost', zh: ['代价'] },
  { en: 'binary cross-entropy', zh: ['二元交叉熵'] },
  { en: 'categorical cross-entropy', zh: ['多分类交叉熵'] },
  { en: 'moving average', zh: ['滑动平均'] },
  { en: 'full batch', zh: ['全批量'] },
  { en: 'step decay', zh: ['阶梯衰减'] },
  { en: 'weight decay', zh: ['权重衰减'] },
  { en: 'cost function', zh: ['代价函数'] },
  { en: 'loss', zh: ['损失'] },
  { en: 'learning rate', zh: ['学习率'] },
  { en: 'regularization', zh: ['正则化'] },
  { en: 'dropout', zh: ['随机失活', 'Dropout'] },
  { en: 'keep probability', zh: ['保留概率'] },
  { en: 'mini-batch gradient descent', zh: ['小批量梯度下降'] },
  { en: 'stochastic gradient descent', zh: ['随机梯度下降'] },
  { en: 'gradient descent', zh: ['梯度下降'] },
  { en: 'mini-batch', zh: ['小批量'] },
  { en: 'batch size', zh: ['批大小'] },
  { en: 'gradient', zh: ['梯度'] },
  { en: 'momentum', zh: ['动量'] },
  { en: 'optimizer', zh: ['优化器'] },
  { en: 'epoch', zh: ['轮'] },
  { en: 'training set', zh: ['训练集'] },
  { en: 'training data', zh: ['训练集', '训练数据'] },
  { en: 'validation set', zh: ['验证集'] },
  { en: 'validation data', zh: ['验证集', '验证数据'] },
  { en: 'test set', zh: ['测试集'] },
  { en: 'accuracy', zh: ['准确率'] },
  { en: 'confusion matrix', zh: ['混淆矩阵'] },
  { en: 'decision boundary', zh: ['决策边界'] },
  { en: 'hidden layer', zh: ['隐藏层'] },
  { en: 'output layer', zh: ['输出层'] },
  { en: 'input layer', zh: ['输入层'] },
  { en: 'neuron', zh: ['神经元'] },
  { en: 'unit', zh: ['神经元', '单元'], unless: ['target units'] },
  { en: 'weight', zh: ['权重'] },
  { en: 'bias', zh: ['偏置'], unless: ['bias correction'] },
  { en: 'bias correction', zh: ['偏差修正'] },
  { en: 'overfitting', zh: ['过拟合'] },
  { en: 'underfitting', zh: ['欠拟合'] },
  { en: 'feature', zh: ['特征'] },
  { en: 'classification', zh: ['分类'] },
  { en: 'regression', zh: ['回归'] },
  { en: 'cross-entropy', zh: ['交叉熵'] },
  { en: 'mean squared error', zh: ['均方误差'] },
  { en: 'early stopping', zh: ['早停'] },
  { en: 'diverged', zh: ['发散'] },
  { en: 'initialization', zh: ['初始化'] },
  { en: 'seed', zh: ['种子'] },
  { en: 'noise', zh: ['噪声'] },
  { en: 'prediction', zh: ['预测'] },
  { en: 'data set', zh: ['数据集'] },
  { en: 'perceptron', zh: ['感知机'] },
  { en: 'logistic regression', zh: ['逻辑回归'] },
  { en: 'learning rate schedule', zh: ['学习率调度'] },
  { en: 'derived input', zh: ['派生输入'] },
  { en: 'target', zh: ['目标'] },
];

/**
 * Whether an English text names `term` (a whole word, any case, with a plural s).
 * @param {string} text @param {string} term @returns {boolean}
 */
export function namesTerm(text, term) {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+');
  return new RegExp(`(^|[^\\w-])${escaped}(e?s)?($|[^\\w-])`, 'i').test(text);
}

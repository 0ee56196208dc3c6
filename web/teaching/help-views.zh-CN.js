// The views' help in Simplified Chinese: help-views.js's entries with the same fields but
// the titles (those are in the page's catalog, i18n/zh-CN/teaching.js); tests/web/teaching/
// help-texts.test.mjs checks. Loaded with the language (help-views.js). Library names stay
// as they are.

/** @typedef {Omit<import('./help-views.js').HelpEntry, 'title'>} ViewHelp */

/** @type {Record<string, ViewHelp>} */
export const VIEW_HELP = {
  accuracyChart: {
    what: '每一轮（epoch）后被正确分类的行所占的比例，即准确率（accuracy）；回归（regression）任务显示 R²：1 表示完美拟合，0 表示不比预测均值更好。两条曲线之间的差距就是泛化差距（generalization gap）。',
    colors: '蓝色实线：训练集。橙色虚线：验证集。',
    axes: '横轴：轮数。纵轴：准确率，从 0 到 100%（R² 最大为 1）。',
    names: ['metrics=["accuracy"]（Keras）', '学习曲线（learning curve）'] },
  lossChart: {
    what: '网络最小化的代价（cost），每一轮（epoch）后记录一次；λ > 0 时包含 L2 项。训练损失（loss）下降而验证损失上升，是过拟合（overfitting）；两者都高，是欠拟合（underfitting）；损失突然飙升，说明学习率（learning rate）太大。对数坐标能看清后期缓慢的进展。',
    colors: '蓝色实线：训练集。橙色虚线：验证集。',
    axes: '横轴：轮数。纵轴：损失（交叉熵或均方误差），线性或对数坐标。',
    names: ['history.history["loss"] / ["val_loss"]（Keras）', '训练曲线与验证曲线'] },
  latestMetrics: {
    what: '最近一轮（epoch）的损失（loss）和准确率（accuracy）、这一轮的学习率（learning rate），以及训练速度（每秒处理的样本数）。' },
  decisionBoundary: {
    what: '网络在两个输入构成的平面上每一点的预测（prediction），数据点叠加在上面。底色变化的地方，预测的类别也随之改变：这条线就是决策边界（decision boundary）。点击平面上的一点，可以查看该处的预测。',
    colors: '背景：预测类别的颜色，网络没有把握的地方较浅（2 个类别时概率接近 0.5），有把握的地方较深；回归（regression）任务中，橙色表示预测值低，蓝色表示高。圆点：数据点，颜色为其真实类别；带圈的点是验证集中的行。灰色：网络输出 NaN，说明训练已发散（diverged）。',
    axes: '横轴：第一个输入列，纵轴：第二个输入列，均为数据的原始单位（缩放前）。',
    names: ['决策面（decision surface）', 'sklearn DecisionBoundaryDisplay'] },
  networkDiagram: {
    what: '从输入（左）到输出（右）的各层：每个圆圈是一个神经元（unit），每条线是一个权重（weight）。对于二维数据，每个神经元都显示它在输入平面上算出的结果：第一层画出直线，后面的层把直线组合成各种形状。',
    colors: '连线：蓝色表示正权重，橙色表示负权重；|w| 越大，线越粗、颜色越深。神经元：偏置（bias）为正时填充偏蓝色，为负时填充橙色。',
    names: ['网络架构（architecture）', 'model.summary()（Keras）'] },
  confusionMatrix: {
    what: '混淆矩阵（confusion matrix）：在验证集或训练集上，每个真实类别（行）的数据有多少被预测为各个类别（列）。对角线上是预测（prediction）正确的数量；最后一列是每个类别的准确率（accuracy），即召回率（recall）。',
    colors: '对角线上的绿色格子：预测正确；对角线以外的红色格子：预测错误。颜色越深，行数越多。',
    axes: '行：真实类别。列：预测类别。',
    names: ['sklearn confusion_matrix', '召回率（recall）、精确率（precision）', '真阳性/假阳性（true/false positives）'] },
  predictPanel: {
    what: '为每个输入列输入数值（与 CSV 中的写法一致），查看网络给出的结果：每个类别的概率，或预测值。',
    colors: '条形：每个类别的概率，用该类别的颜色表示。',
    names: ['model.predict（Keras）', 'predict_proba（sklearn）'] },
  drawPad: {
    what: '用鼠标、手指或触控笔在画板上书写，或者载入数据中的一个样本，边写边看网络给出的结果。书写的图像会被处理成网络训练时所见的那种图像，与 MNIST 的数字的做法一样：裁剪到笔迹所在的范围，按比例缩放到较长的一边占 28 个像素中的 20 个，再按质心居中。小图就是网络接收到的输入。',
    colors: '画板和小图：与数据中一样，深色背景上的浅色笔迹。条形：每个类别的概率，用该类别的颜色表示。',
    names: ['对单张图像调用 model.predict（Keras）', 'MNIST 的预处理'] },
  unitPictures: {
    what: '每张图是第一隐藏层的一个神经元：它对每个像素的权重，画在该像素的位置上。这个神经元把图像的像素逐个乘以权重再相加：在它的图中蓝色的地方有笔迹、橙色的地方没有笔迹时，它的响应最强。训练初期这些图是噪声；随着网络的学习，它们逐渐变成笔画和形状的局部。把指针移到一张图上，可以看到放大的图，以及它对画板上图像的输出。',
    colors: '蓝色：正的权重（那里有笔迹会增大神经元的输入）；橙色：负的权重；白色：接近 0，或者在所有图像中都相同、因而不是网络输入的像素。每张图按其自身最大的权重缩放。',
    names: ['第一层的滤波器（filters）', '把 model.layers[0].get_weights() 变形为 28 × 28（Keras）'] },
  dataSummary: {
    what: '数据中的各列：类型（数值或类别）、缺失值，以及角色，即特征（feature）、目标（target）或忽略；各个类别及其数量；训练行与验证行的数目；前几行数据。',
    names: ['pandas df.info() 和 df.describe()'] },
  unitMaps: {
    what: '一个隐藏层神经元（hidden unit）在输入平面上的输出：第一层的 ReLU 或 tanh 神经元沿一条直线把平面一分为二；后面的层把这些直线组合成曲线。',
    colors: '神经元输出为正的地方为蓝色，为负的地方为橙色，接近 0 的地方为白色（按该层的最大输出缩放）；sigmoid 和 softmax 神经元：高于 0.5 为蓝色，低于 0.5 为橙色。灰色：NaN。',
    axes: '与决策边界（decision boundary）图相同的两个输入。' },
  mathPanel: {
    what: '网络此刻计算的公式，记号为 Z[l] = W[l]·A[l−1] + b[l]，A[l] = g(Z[l])：前向传播（forward propagation）、代价、反向传播（backpropagation：dZ、dW、db、dA）以及所选优化器（optimizer）的更新规则，并按当前尺寸标出每个矩阵的形状（m：一个批次中的行数，每列一个样本）。',
    names: ['反向传播（backpropagation）', '链式法则（chain rule）', '吴恩达（Andrew Ng）深度学习课程的记号'] },
  runComparison: {
    what: '并排比较本次会话中的各次训练：每次训练以它与其他训练不同的设置命名（如“Adam lr 0.01”与“SGD lr 0.1”），曲线画在同一坐标系中。可以把它们全部下载为一个 CSV。',
    names: ['实验跟踪（experiment tracking）：TensorBoard、MLflow、Weights & Biases'] },
  stepDetail: {
    what: '小网络上一次更新的具体数值：这一批的输入，前向传播时各层的 Z 和 A，反向传播时的 dZ、dW 和 db，以及这一步前后的权重（weight）。',
    names: ['一个训练步（training step）', '前向与反向传播（forward and backward pass）'] },
  experiments: {
    what: '一键设置好的实验，每个展示一个概念：过拟合（overfitting）与随机失活（dropout）、L2、过大的学习率（learning rate）、批大小（batch size）、深层网络中的激活函数（activation）、Adam 与普通梯度下降（gradient descent）的对比，并说明要观察什么。' },
};

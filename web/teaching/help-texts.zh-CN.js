// The controls' help in Simplified Chinese: help-texts.js's entries with the same fields
// (tests/web/teaching/help-texts.test.mjs checks), loaded with the first help opened in
// Chinese (help-texts.js TRANSLATIONS). Library names stay as they are.

/** @typedef {import('./help-texts.js').ControlHelp} ControlHelp */

/** @type {Record<string, ControlHelp>} */
export const CONTROL_HELP = {
  dataset: {
    what: '网络学习所用的样本，可以是：生成的二维数据集（data set），能直接看到决策边界（decision boundary）；小型教学示例；真实数据；或你自己的 CSV。',
    names: ['数据集 / 训练数据（X, y）'] },
  rows: {
    what: '生成器生成的点数（训练集与验证集合计）。',
    range: '200～1000 个点，几秒内就能学会。',
    low: '点太少时，网络很容易把它们“背下来”：验证损失（loss）上升，训练损失却在下降，即过拟合（overfitting）。',
    high: '点越多，每一轮（epoch）越慢；超过几千个点后，边界几乎不再变化。',
    names: ['sklearn make_moons(n_samples=…)'] },
  noise: {
    what: '点偏离理想形状的分散程度。有噪声（noise）时，一些点会落到另一类的一侧，任何边界都无法把它们全部分对。',
    range: '0～0.3。',
    low: '没有噪声时，足够大的网络可以达到 100% 的准确率（accuracy）。',
    high: '超过约 0.5 时，各类别重叠严重，能达到的最高准确率也随之下降。',
    names: ['sklearn make_moons(noise=…)'] },
  classes: {
    what: '“团簇”数据集（data set）中高斯团簇（即类别）的个数；输出层（output layer）为每个类别设一个 softmax 神经元（unit）。',
    range: '2～5。', names: ['sklearn make_blobs(centers=…)', 'n_classes'] },
  subset: {
    what: '下载并使用的 MNIST 行数；读够这些行后，文件就停止下载。',
    range: '快速试验用 2000；想要更高的准确率（accuracy）用 10000。',
    low: '只有几百个数字时，网络只是把它们背下来，而不是真正学会。', high: '行数越多，每一轮（epoch）越慢。' },
  validation: {
    what: '留出的行所占的比例：网络从不在这些行上训练，所以它们的损失（loss）和准确率（accuracy）能反映网络的泛化能力。',
    range: '0.2～0.3。',
    low: '取 0 时就无从发现过拟合（overfitting），早停（early stopping）也没有可以监控的数据。',
    high: '超过 0.5 时，剩下用来学习的行就太少了。',
    names: ['验证集划分（Keras validation_split）', '留出集（hold-out set）', 'sklearn train_test_split(test_size=…)'] },
  scaling: {
    what: '训练前把每个数值列缩放到相近的范围（只用训练行拟合缩放参数）。标准化（standardize）：均值 0，标准差 1；最小–最大缩放（min–max）：缩放到 [0, 1]。',
    range: '大多数表格数据用标准化；像素数据用最小–最大缩放。',
    low: '不缩放时，数值以千计的列会压过数值是小数的列，梯度下降（gradient descent）会来回震荡，甚至发散（diverge）。',
    names: ['sklearn StandardScaler', 'MinMaxScaler', '归一化（normalization，如“特征归一化”）'] },
  missing: {
    what: '如何处理空单元格或 NA：删除含有它们的行，或用该列的均值（数值列）或出现最多的值（类别列）填补。',
    names: ['sklearn SimpleImputer(strategy="mean" / "most_frequent")', 'pandas dropna()'] },
  task: {
    what: '分类（classification）预测一个类别：输出层用 softmax 或 sigmoid，损失用交叉熵（cross-entropy）；回归（regression）预测一个数值：输出是线性的，损失用均方误差（mean squared error）。未指定时，根据目标列（target column）自动推断。',
    names: ['分类器（classifier）与回归器（regressor）', 'sklearn MLPClassifier / MLPRegressor'] },
  dataSeed: {
    what: '固定生成点的随机抽取以及训练集/验证集的划分，使同一个链接能重现同样的数据。',
    names: ['random_state（sklearn）', '种子'] },
  points: {
    what: '在生成的二维数据集（data set）上，在平面下方选择“添加类别……的点”，然后点击平面：点击处会加入一个点（按住 Shift 点击则添加另一类的点；对于回归（regression）数据集，添加的点取所输入的数值）。“撤销”或在平面上按 Backspace 会删除最后添加的点；“清除”会删除全部。这些点保存在链接中，分享出去的设置也会带上它们。添加点会重新加载数据，网络从头开始训练。',
    names: ['人工标注的样本'] },
  derived: {
    what: '在第一层之前，由两个（缩放后的）输入 X₁ 和 X₂ 算出的额外输入，即派生输入（derived input）：X₁²、X₂²、X₁X₂、sin X₁、sin X₂，与 TensorFlow Playground 相同。有了 X₁² 和 X₂²，没有隐藏层（hidden layer）的网络也能画出圆形边界：这些特征（feature）完成了原本需要隐藏层做的工作。仅当数据恰好有两个数值输入时提供。',
    names: ['特征工程（feature engineering）', '多项式特征（sklearn PolynomialFeatures）', '特征交叉（feature crosses）'] },
  layers: {
    what: '输入与输出之间的网络结构：每个隐藏层（hidden layer）有若干神经元（unit）、一个激活函数（activation function）和一个随机失活（dropout）的保留概率（keep probability）。没有隐藏层时，模型就是逻辑回归（logistic regression）或线性回归。',
    range: '二维数据集用 1～3 层、每层 4～64 个神经元；MNIST 用 64～256 个神经元。',
    low: '神经元或层数太少，画不出数据所需的边界，即欠拟合（underfitting）：训练损失（loss）和验证损失都居高不下。',
    high: '数据少而神经元多时容易过拟合，训练也更慢；很深的 sigmoid/tanh 网络学得很慢，这是梯度消失（vanishing gradients）。',
    names: ['hidden_layer_sizes（sklearn）', 'Dense 层（Keras）', 'nn.Linear（PyTorch）', '深度和宽度（depth and width）'] },
  loss: {
    what: '网络要最小化的量，即损失函数（loss function），由任务决定：2 个类别时用二元交叉熵（binary cross-entropy），配一个 sigmoid 输出；更多类别时用多分类交叉熵（categorical cross-entropy），配 softmax；回归（regression）用均方误差（mean squared error）。回归的目标（target）会在训练前用训练行做标准化（均值 0，标准差 1；缩放选“无”时除外），因此损失也在这个尺度上：损失为 1，相当于始终预测均值。RMSE 一项给出以目标原始单位计的误差。',
    names: ['Keras loss="binary_crossentropy" / "categorical_crossentropy" / "mse"', 'PyTorch BCEWithLogitsLoss, CrossEntropyLoss, MSELoss', '对数损失（log loss）'] },
  init: {
    what: '权重（weight）的初始值如何选取，偏置（bias）则从 0 开始；n 是该层的输入个数。He 初始化（randn·√(2/n)）适合 ReLU；Xavier/Glorot 初始化（均匀分布，±√(6/(n + units))，units 为该层神经元数）适合 tanh 和 sigmoid；LeCun 初始化（randn·√(1/n)）是经典深度网络示例中的写法。三者都按扇入（fan-in）缩放权重，使信号逐层传递时大小基本不变。高斯（Gaussian）初始化取 randn × 你设定的尺度，各层相同（经典入门示例中为 0.01）。',
    low: '高斯初始化的尺度很小（0.01）时，初始权重太小，深层网络一开始几乎学不动。',
    high: '初始权重过大（如高斯尺度为 1）会让 sigmoid 和 tanh 神经元（unit）饱和，梯度（gradient）随之消失。',
    names: ['Keras kernel_initializer=RandomNormal(stddev=…) / "glorot_uniform"', 'PyTorch nn.init.normal_(w, std=…) / xavier_uniform_', 'np.random.randn(n_l, n_prev) * 0.01'] },
  init_scale: {
    what: '高斯初始化（initialization）的标准差：W = randn(units, inputs) × scale，units 为神经元数，各层相同。',
    range: '0.01（经典示例中的取值）到 1 左右。', low: '权重（weight）太小：深层网络一开始几乎是平的，学得很慢。',
    high: '权重太大：sigmoid 和 tanh 神经元（unit）会饱和，深层 ReLU 网络的输出会爆炸。',
    names: ['Keras RandomNormal 的 stddev', 'PyTorch nn.init.normal_ 的 std'] },
  leaky_slope: {
    what: 'Leaky ReLU 在负输入上的斜率：z > 0 时 f(z) = z，否则 f(z) = slope·z。一个小小的斜率能让“死掉”的神经元（unit）继续学习。',
    range: '0.01～0.3。', low: '取 0 就是普通的 ReLU。', high: '接近 1 时，神经元几乎是线性的，这一层作用不大。',
    names: ['Keras LeakyReLU(negative_slope=…)（Keras 2 中为 alpha）', 'PyTorch nn.LeakyReLU(negative_slope=…)'] },
  batch: {
    what: '每次更新用多少行数据。全部行：全批量梯度下降（full-batch gradient descent），曲线平稳，每轮（epoch）只更新一步。一行：随机梯度下降（stochastic gradient descent），噪声大，更新步数多。介于两者之间：小批量（mini-batch）。',
    names: ['批量梯度下降（batch gradient descent）', 'SGD', '小批量梯度下降（mini-batch gradient descent）'] },
  batch_size: {
    what: '每次更新所用的行数，即批大小（batch size）：每一轮（epoch）进行（训练行数 ÷ 批大小）次更新。',
    range: '16～128。',
    low: '批很小时，更新步数多且噪声大：损失（loss）曲线抖动；如果跳动剧烈，就调低学习率（learning rate）。',
    high: '批很大时，每轮的更新步数少而平稳：需要更多轮，或更高的学习率。',
    names: ['batch_size（Keras fit、sklearn MLP、PyTorch DataLoader）'] },
  optimizer: {
    what: '优化器（optimizer）决定如何把梯度（gradient）变成一步更新。普通梯度下降：W ← W − α·dW。动量（momentum）法和 Nesterov 法维护一个速度，使步伐更平滑、更快；AdaGrad、RMSProp 和 Adam 根据每个权重（weight）过去的梯度，为它单独确定步长。',
    range: '默认选 Adam、α ≈ 0.001～0.01 就不错；用动量时 α ≈ 0.01～0.1。',
    names: ['优化器（optimizer）：Keras optimizers.SGD / Adam / RMSprop / Adagrad，PyTorch torch.optim.…', 'sklearn solver="sgd" / "adam"'] },
  learning_rate: {
    what: '学习率（learning rate）：沿梯度（gradient）下降时每一步的大小。',
    range: '0.001～0.1（Adam：0.001～0.01；在缩放过的数据上用普通梯度下降（gradient descent）：0.1～1）。',
    low: '损失（loss）下降得很慢，训练看起来像卡住了。',
    high: '损失跳动、震荡或不断增大：训练发散（diverged）。当某个损失变成 NaN 或无穷大，或者训练损失连续 3 轮（epoch）高于其最好值的十倍（且高于未训练网络的损失）时，训练会因发散而停止。',
    names: ['learning_rate（Keras）', 'lr（PyTorch）', 'learning_rate_init（sklearn）', '步长（step size），η'] },
  momentum: {
    what: '动量（momentum）系数 β：速度 v 保留上一步的多少，v ← β·v − α·dW。',
    range: '0.8～0.99（常用 0.9）。', low: '取 0 就是普通的梯度下降（gradient descent）。',
    high: '接近 1 时，速度会冲过头，来回震荡之后才稳定下来。',
    names: ['momentum（Keras SGD、PyTorch SGD、sklearn MLP）', 'nesterov=True'] },
  rho: {
    what: 'RMSProp 对梯度（gradient）平方的滑动平均：S ← ρ·S + (1 − ρ)·dW²。',
    range: '0.9～0.99。', low: 'ρ 较小时，个别带噪声的梯度就会让它反应过度。', high: '接近 1 时，对变化的适应很慢。',
    names: ['rho（Keras RMSprop）', 'alpha（PyTorch RMSprop）'] },
  beta1: {
    what: 'Adam 对梯度（gradient）的滑动平均，即 Adam 中的动量（momentum）部分。',
    range: '0.9（常用默认值）。', names: ['beta_1（Keras）', 'betas[0]（PyTorch）', 'beta_1（sklearn）'] },
  beta2: {
    what: 'Adam 对梯度（gradient）平方的滑动平均，即 Adam 中的 RMSProp 部分。',
    range: '0.999（常用默认值）。', low: '低于 0.99 时，步长会忽大忽小。',
    names: ['beta_2（Keras）', 'betas[1]（PyTorch）', 'beta_2（sklearn）'] },
  epsilon: {
    what: '加在 AdaGrad、RMSProp 和 Adam 分母上的一个极小的数，防止除以零。',
    range: '1e-8 到 1e-7。', high: 'ε 很大（如 1）时，自适应规则会退化为不带动量（momentum）的普通更新。',
    names: ['epsilon（Keras）', 'eps（PyTorch）'] },
  schedule: {
    what: '随着训练进行逐步降低学习率（learning rate）：先迈大步，后走小步。阶梯衰减（step decay）每 N 轮（epoch）把学习率乘以“衰减系数”；逆时衰减（inverse time）把它除以 (1 + decay·epoch)。',
    names: ['Keras LearningRateScheduler, ExponentialDecay, InverseTimeDecay', 'PyTorch StepLR, LambdaLR', '学习率衰减（learning-rate decay）/ 退火（annealing）'] },
  decay: {
    what: '学习率调度（learning rate schedule）降低学习率的力度：阶梯衰减中是每次所乘的因子，逆时衰减中是系数。',
    range: '阶梯衰减：0.5～0.9；逆时衰减：0.01～0.1。',
    low: '阶梯衰减因子接近 0（或逆时衰减系数很大）时，训练会过早停滞。', high: '阶梯衰减因子为 1 时，学习率永远不会降低。',
    names: ['gamma（PyTorch StepLR）', 'decay_rate（Keras）'] },
  decay_epochs: {
    what: '阶梯衰减两次降低学习率之间相隔多少轮（epoch）。', range: '10～50（总轮数的一部分）。',
    names: ['step_size（PyTorch StepLR）'] },
  epochs: {
    what: '把训练行完整过一遍算一轮（epoch），这里设定训练多少轮。调大它可以让已结束的训练继续。',
    range: '小数据集用 50～300；MNIST 用 10～30。',
    low: '停止时损失（loss）仍在下降，即欠拟合（underfitting）。',
    high: '验证损失开始回升，而训练损失还在下降，即过拟合（overfitting）；早停（early stopping）可以及时结束训练。',
    names: ['epochs（Keras fit）', 'max_iter（sklearn MLP）', 'num_epochs'] },
  l1: {
    what: 'L1 正则化（regularization）：在代价中加上 (λ/m)·Σ|W|，于是每一步还会把每个权重（weight）向 0 拉近同样的量 (λ/m)·sign(W)。与 L2 不同，它会把无用的输入和神经元（unit）的权重压到恰好为 0：得到稀疏的网络，也能借此看出哪些输入重要。它可以和 L2 一起使用。',
    range: '0.001～1（相对于训练行数 m）。',
    low: '取 0 即关闭；太小则无用的权重依然保持原样。',
    high: '太大会把有用的权重也压成 0：边界变得平坦，训练和验证损失（loss）都上升，即欠拟合（underfitting）。',
    names: ['L1 惩罚（L1 penalty）/ lasso', 'Keras kernel_regularizer=l1(λ/m)', 'Keras regularizers.l1_l2(l1=λ₁/m, l2=λ₂/(2m))'] },
  l2: {
    what: '权重衰减（weight decay），即 L2 正则化（regularization）：在代价中加上 λ/(2m)·ΣW²，于是每一步还会把权重缩小 (λ/m)·W。权重越小，边界越平滑，泛化得越好。',
    range: '0.001～1（相对于训练行数 m）。',
    low: '取 0 即关闭；太小则挡不住过拟合（overfitting）。',
    high: '太大会把权重（weight）压向 0：边界过于简单，训练和验证损失（loss）都上升，即欠拟合（underfitting）。',
    names: ['L2 惩罚 λ（sklearn alpha）', 'Keras kernel_regularizer=l2(λ/(2m))', 'PyTorch weight_decay（λ/m）', '岭回归（ridge）/ Tikhonov 正则化'] },
  patience: {
    what: '早停（early stopping）：验证损失（loss）连续这么多轮（epoch）没有改善时停止训练，并恢复最好那一轮的权重（weight）。',
    range: '10～30 轮；取 0 即关闭。',
    low: '耐心值为 1～2 时，验证损失的随机波动就会让训练停下。', high: '耐心值很大时，过拟合（overfitting）会持续更久。',
    names: ['Keras EarlyStopping(patience=…, restore_best_weights=True)', 'sklearn early_stopping=True, n_iter_no_change'] },
  train_metrics: {
    what: '训练曲线上的数值从哪里来。“每轮结束后遍历一次训练行”测的是网络在这一轮结束时的状态，准确无误，但要再花大约三分之一轮的时间。“本轮自身的小批量”在训练时顺便测量，每个批量都在它的更新之前测：不需要额外遍历；得到的是这一轮中权重（weight）不断变化时的平均值，因此比网络当前的状态略微滞后（Keras 就是这样报告的）。验证集的数值总是单独遍历一次；全批量和随机失活（dropout）总是用遍历来测。',
    range: '数据量小时用遍历；数万行时（Fashion-MNIST）用小批量。',
    low: '遍历：准确，数据量大时较慢。', high: '小批量：更快；训练初期训练损失（loss）会比网络的实际值略高。',
    names: ['Keras history["loss"]（小批量）', '在训练集上单独调用 evaluate()（遍历）'] },
  seed: {
    what: '随机种子（seed）：固定随机的初始权重（weight）、小批量（mini-batch）的打乱顺序和随机失活（dropout），使同样的设置训练出同样的结果。',
    names: ['random_state（sklearn）', 'tf.random.set_seed / torch.manual_seed'] },
};

// The layer editor, the data panel and the train controls.
/** @type {Record<string, ControlHelp>} */
export const EXTRA_HELP = {
  'layer.units': {
    what: '这一层的神经元（neuron，也叫 unit）个数：输出 A 中每个神经元对应一行，W 共有“神经元数 × 输入数”个权重（weight）。',
    range: '4～64（二维数据集），64～256（MNIST）。', low: '太少则无法表示数据的形状。', high: '太多则容易过拟合，训练也更慢。',
    names: ['units（Keras Dense）', 'out_features（PyTorch nn.Linear）', '神经元数、宽度（width）'] },
  'layer.activation': {
    what: '激活函数（activation function）作用在每个神经元（unit）的加权和 Z 上：如果不用非线性函数，多层叠加也只是一个线性映射。ReLU 是常用的默认选择；tanh 和 sigmoid 会饱和，在深层网络中梯度（gradient）会消失。',
    names: ['activation="relu"（Keras）', 'nn.ReLU / nn.Tanh / nn.Sigmoid（PyTorch）', 'sklearn activation="relu" / "tanh" / "logistic"'] },
  'layer.keep_prob': {
    what: '随机失活（dropout）：训练时，这一层的每个神经元（unit）以保留概率（keep probability）被保留，否则置为 0（保留下来的乘以 1/keep）；预测（prediction）时使用所有神经元。这样神经元就不能相互依赖。',
    range: '0.5～0.9；取 1 即关闭随机失活。',
    low: '太低会丢掉太多神经元，网络欠拟合，损失（loss）曲线也非常嘈杂。',
    names: ['Keras Dropout(rate = 1 − keep)', 'PyTorch nn.Dropout(p = 1 − keep)', 'keep_prob（吴恩达的课程）'] },
  'layer.add': { what: '在输出层（output layer）之前添加一个隐藏层（hidden layer）；输出层由任务决定。' },
  'layer.remove': { what: '删除这个隐藏层（hidden layer）。一个隐藏层都不剩时，模型就是逻辑回归（logistic regression）或线性回归。' },
  target: {
    what: '要预测的列，即目标（target）；其他未被忽略的列都是输入特征（feature）。',
    names: ['标签（label）、y、因变量（dependent variable）'] },
  ignore_columns: {
    what: '不作为输入的列，例如 ID 或自由文本：它们只会让网络死记硬背各行数据。',
    names: ['pandas df.drop(columns=…)'] },
  categorical_columns: {
    what: '即使内容是数字也按类别读取的列（如邮政编码、评分）：每个类别各自成为一个 0/1 输入，即独热编码（one-hot encoding）。',
    names: ['sklearn OneHotEncoder', 'pandas get_dummies', '虚拟变量（dummy variables）'] },
  upload: {
    what: '加载你自己的表格（以逗号、分号或制表符分隔，带表头行），或者 MNIST 自己格式的图像：同时选择或拖入它的两个 IDX 文件，即图像文件（…-images-idx3-ubyte）和标签文件（…-labels-idx1-ubyte），压缩（.gz）与否均可。数据只留在你的浏览器里，不会上传到任何地方。' },
  paste: { what: '加载在文本框中输入或粘贴的 CSV：适合很小的示例。' },
  train: {
    what: '运行设定的轮数（epoch），或从暂停处继续；训练时图表和各视图随之更新。如果训练发散，即损失（loss）变为 NaN，或训练损失连续 3 轮高于其最好值的十倍，训练会提前停止；早停（early stopping）恢复最佳权重（weight）时也会停止。',
    names: ['model.fit（Keras）', '训练循环（PyTorch）'] },
  pause: { what: '完成当前这一小段计算后停下；点“训练”从这里继续。' },
  step: { what: '只训练一轮（epoch），便于一步一步地观察边界和权重（weight）的变化。' },
  reset: {
    what: '用随机种子（seed）重新抽取随机权重（weight），从头开始：同一个种子得到同样的起点。',
    names: ['重新初始化模型（re-initializing the model）'] },
  saveProject: {
    what: '把整个会话保存为一个文件：数据（内置数据集的名称，或你的 CSV 本身）、设置、各次运行及其曲线、训练好的网络和挑战。打开它会把一切恢复原样，按“训练”会从停下的地方继续训练这个网络。' },
  exportModel: { what: '把训练好的网络保存为 JSON，包括权重（weight）和预处理。再次导入后可立即用它预测；在列相同的数据上按“训练”会继续训练它（微调，fine-tuning）。' },
  exportHistory: { what: '把每一轮（epoch）的损失（loss）和准确率（accuracy）保存为 CSV，方便你自己作图。' },
  exportCode: {
    what: '把训练好的网络导出为可直接对原始数据行做预测的 NumPy 脚本，以及层和权重（weight）都相同的 Keras 和 PyTorch 代码。' },
};

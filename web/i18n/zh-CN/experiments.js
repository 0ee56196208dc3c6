// zh-CN: the guided experiments' texts (teaching/experiments.js), loaded with their card (see web/i18n/README.md).
/** @type {import('../translate.js').Catalog} */
export default {
  // experiments.js
  'finished': '训练完成',
  'diverged': '发散',
  'stopped': '已停止',
  'Overfitting, then dropout': '先过拟合，再加随机失活',
  'A network with 2 × 64 units trains on only 40 noisy points. It can memorize them: the training loss falls towards 0 while the validation loss, on points it never sees, turns up after a few dozen epochs and keeps rising. That gap is overfitting. Dropout switches off a random half of the hidden units in every step, so no unit can rely on a few others to memorize a point; the network learns smoother rules.':
    '一个有 2 × 64 个神经元的网络只在 40 个带噪声的点上训练。它能把这些点记下来：训练损失降向 0，而在它从未见过的点上算出的验证损失，几十轮之后掉头向上并持续上升。这个差距就是过拟合。随机失活（Dropout）在每一步随机关闭一半隐藏层神经元，任何神经元都无法依赖少数其他神经元来记住某个点；网络因此学到更平滑的规则。',
  'No dropout': '不用随机失活',
  'Dropout, keep 0.5': '随机失活，保留 0.5',
  'Without dropout the validation loss ends at more than twice its lowest value; with dropout it ends lower than without, after the same 300 epochs.':
    '同样训练 300 轮：不用随机失活时，验证损失最终超过其最低值的两倍；使用随机失活时，最终的验证损失低于不用时。',
  'validation loss without dropout: lowest {best}, final {end}; with dropout: final {dropout}': '不用随机失活的验证损失：最低 {best}，最终 {end}；使用随机失活：最终 {dropout}',
  'L2 regularization shrinks the weights': 'L2 正则化让权重变小',
  'The same over-sized network on the same 40 points, once with an L2 penalty λ = 1. The penalty adds λ/(2m)·ΣW² to the cost, so every step also pulls each weight towards 0 (weight decay). Large weights are what let the network draw sharp, contorted boundaries around single points; with small weights the boundary stays smooth.':
    '同样过大的网络、同样的 40 个点，这次加上 λ = 1 的 L2 惩罚项。惩罚项在代价中加上 λ/(2m)·ΣW²，因此每一步还会把每个权重拉向 0（权重衰减）。正是较大的权重让网络能围绕单个点画出尖锐、扭曲的边界；权重较小时，边界保持平滑。',
  'No L2': '不用 L2',
  'With L2 the sum of squared weights ends less than a quarter of the one without, and the validation loss ends lower.': '使用 L2 时，权重的平方和最终不到不用时的四分之一，验证损失最终也更低。',
  'ΣW² {without} without L2, {with} with; validation loss {lossWithout} vs {lossWith}': 'ΣW²：不用 L2 为 {without}，使用时为 {with}；验证损失 {lossWithout} 对比 {lossWith}',
  'A learning rate that is too large': '学习率过大',
  'Plain gradient descent on the circles, twice: with α = 0.3 each step goes a little downhill and the loss falls. With α = 10 each step jumps past the valley to a point higher up the other side, the next jump is larger still, and within a few epochs the numbers overflow: the loss becomes NaN and training stops.':
    '在同心圆数据集上用普通梯度下降训练两次：α = 0.3 时，每一步都往下坡走一点，损失随之下降。α = 10 时，每一步都越过谷底，跳到对面更高的位置，下一跳更大，几轮之内数值就会溢出：损失变成 NaN，训练停止。',
  'α = 10 stops early because training diverged; α = 0.3 trains all 100 epochs to over 90% training accuracy.': 'α = 10 因训练发散而提前停止；α = 0.3 训练完全部 100 轮，训练准确率超过 90%。',
  'α = 10: {reason} after {count} epochs; α = 0.3: {goodReason}, training accuracy {accuracy}': 'α = 10：{count} 轮后{reason}；α = 0.3：{goodReason}，训练准确率 {accuracy}',
  'Full batch vs stochastic gradient descent': '全批量与随机梯度下降',
  'The same network and learning rate, once with the full batch (one step per epoch, along the exact gradient of the whole training set) and once with SGD (one step per example, along a noisy estimate). The full-batch loss falls smoothly; SGD takes 160 steps per epoch, so it gets further, but each step follows one example and the loss jitters up and down.':
    '同样的网络和学习率，一次用全批量（每轮一步，沿整个训练集上的精确梯度），一次用 SGD（每个样本一步，沿带噪声的估计）。全批量的损失平滑下降；SGD 每轮走 160 步，所以走得更远，但每一步只跟随一个样本，损失上下抖动。',
  'Full batch': '全批量',
  'The full-batch training loss never rises from one epoch to the next; the SGD loss rises in at least 3 epochs, yet ends lower.': '全批量的训练损失在相邻两轮之间从不上升；SGD 的损失至少在 3 轮中上升，但最终更低。',
  'epochs where the loss rose: {full} (full batch), {sgd} (SGD); final training loss {fullLoss} vs {sgdLoss}': '损失上升的轮数：{full}（全批量），{sgd}（SGD）；最终训练损失 {fullLoss} 对比 {sgdLoss}',
  'Sigmoid vs ReLU in a deep network': '深层网络中的 sigmoid 与 ReLU',
  'Six hidden layers of 16 units, trained with plain gradient descent. The sigmoid’s slope is at most 0.25, and backpropagation multiplies one such factor per layer: the gradient reaching the first layers is thousands of times smaller than at the output (vanishing gradients), so they barely move. ReLU’s slope is 1 wherever a unit is active, so the gradient arrives intact and the deep network learns.':
    '六个隐藏层，每层 16 个神经元，用普通梯度下降训练。sigmoid 的斜率最大只有 0.25，而反向传播每经过一层就乘上一个这样的因子：传到前几层的梯度比输出处小几千倍（梯度消失），因此前几层几乎不动。ReLU 在神经元处于激活状态的地方斜率都是 1，梯度能完整传回，深层网络就能学习。',
  'After 60 epochs the ReLU network classifies over 90% of the training points right; the sigmoid network is still at chance (below 60%, loss near ln 2 ≈ 0.69).':
    '60 轮后，ReLU 网络能把 90% 以上的训练点分对；sigmoid 网络仍停留在随机猜测的水平（低于 60%，损失接近 ln 2 ≈ 0.69）。',
  'training accuracy: ReLU {relu}, sigmoid {sigmoid} (loss {sigmoidLoss})': '训练准确率：ReLU {relu}，sigmoid {sigmoid}（损失 {sigmoidLoss}）',
  'Adam vs plain gradient descent': 'Adam 与普通梯度下降',
  'The same network, data and learning rate α = 0.01, with two update rules. Plain gradient descent takes steps of α·dW: where the gradient is small, the steps are tiny. Adam divides each weight’s step by the typical size of its recent gradients and adds momentum, so every weight moves at a useful pace.':
    '同样的网络、数据和学习率 α = 0.01，换用两种更新规则。普通梯度下降每步走 α·dW：梯度小的地方，步子就很小。Adam 把每个权重的步长除以其近期梯度的典型大小，并加上动量，因此每个权重都以合适的速度移动。',
  'After 40 epochs Adam’s training loss is less than a tenth of plain gradient descent’s.': '40 轮后，Adam 的训练损失不到普通梯度下降的十分之一。',
  'final training loss: Adam {adam}, plain {plain}': '最终训练损失：Adam {adam}，普通梯度下降 {plain}',
  'MNIST recipe (a): sigmoid units, one image at a time': 'MNIST 方案 (a)：sigmoid 神经元，一次一张图像',
  'The from-scratch tutorials’ first MNIST network: 784 pixels → 128 → 64 sigmoid units → 10 softmax outputs, trained with SGD one image at a time, α = 0.001, 10 epochs, on the raw pixels (0 to 255), its weights drawn as randn·√(1/n) (n: the inputs of the layer). The tutorials report accuracies from 0% to 95% for it, depending on the initial weights. Here is why: with 784 inputs of up to 255, a unit’s weighted sum is large unless its weights are small. Drawn as written, the sums stay where the sigmoid still has a slope and the network learns. Drawn as randn × 1, the first layer’s weights are 28 times larger (√784 = 28) and many sigmoids start at 0 or 1, where the slope σ(1 − σ) is nearly 0: backpropagation multiplies by that slope, so those weights hardly move. With randn × 10, 280 times larger, almost every sigmoid is stuck so. Nearly zero, every unit of a layer starts out the same and passes on almost nothing, so learning crawls. Each run takes about half a minute.':
    '“从零实现”系列教程中的第一个 MNIST 网络：784 个像素 → 128 → 64 个 sigmoid 神经元 → 10 个 softmax 输出，用 SGD 一次一张图像地训练，α = 0.001，10 轮，输入为原始像素（0 到 255），权重按 randn·√(1/n) 生成（n：该层的输入数）。教程报告它的准确率从 0% 到 95% 不等，取决于初始权重。原因如下：784 个最大可达 255 的输入，除非权重很小，神经元的加权和就会很大。按原文生成权重时，加权和落在 sigmoid 仍有斜率的范围内，网络能够学习。按 randn × 1 生成时，第一层的权重大了 28 倍（√784 = 28），许多 sigmoid 一开始就停在 0 或 1，那里的斜率 σ(1 − σ) 几乎为 0：反向传播要乘上这个斜率，所以这些权重几乎不动。randn × 10 时权重大了 280 倍，几乎每个 sigmoid 都这样卡住。权重接近零时，同一层的神经元起点几乎相同，向后传递的信号也几乎为零，学习极其缓慢。每组大约需要半分钟。',
  'randn·√(1/n), as written': 'randn·√(1/n)，按原文',
  'As written, the validation accuracy ends near 90% (above 85%); randn × 1 ends at least 10 points lower, randn × 0.001 at least 20 points lower, and randn × 10 below 30%.':
    '按原文时，验证准确率最终接近 90%（高于 85%）；randn × 1 至少低 10 个百分点，randn × 0.001 至少低 20 个百分点，randn × 10 低于 30%。',
  'validation accuracy: as written {written}, randn × 1 {large}, randn × 10 {huge}, randn × 0.001 {tiny}': '验证准确率：按原文 {written}，randn × 1 为 {large}，randn × 10 为 {huge}，randn × 0.001 为 {tiny}',
  'MNIST recipe (b): ReLU, L2 and 2,500 full-batch steps': 'MNIST 方案 (b)：ReLU、L2 与 2,500 步全批量梯度下降',
  'The from-scratch tutorials’ second MNIST network: 784 → 32 → 16 ReLU units → 10 softmax outputs, an L2 penalty λ = 1, α = 0.1, 2,500 epochs of full-batch gradient descent (one step per epoch) on 8,000 training and 2,000 test images (here the validation rows), the pixels divided by 255 (min-max scaling). The small network and the penalty keep it from memorizing the training images, and 2,500 exact gradient steps are enough to converge. The second run shows why the pixels are scaled: at 0 to 255 every gradient is hundreds of times larger, and the same α overshoots. 2,500 epochs take a few minutes.':
    '“从零实现”系列教程中的第二个 MNIST 网络：784 → 32 → 16 个 ReLU 神经元 → 10 个 softmax 输出，L2 惩罚 λ = 1，α = 0.1，在 8,000 张训练图像和 2,000 张测试图像（这里是验证集）上做 2,500 轮全批量梯度下降（每轮一步），像素除以 255（最小–最大缩放）。网络小，再加上惩罚项，使它无法死记训练图像；2,500 步精确的梯度下降足以收敛。第二组说明为什么要缩放像素：像素为 0 到 255 时，每个梯度都大几百倍，同样的 α 会一步跨过头。2,500 轮需要几分钟。',
  'Pixels ÷ 255, as written': '像素 ÷ 255，按原文',
  'Raw pixels (0 to 255)': '原始像素（0 到 255）',
  'With the pixels scaled, the validation accuracy ends above 90% after the 2,500 epochs; on raw pixels training diverges within a few epochs.':
    '像素经过缩放时，2,500 轮后验证准确率高于 90%；使用原始像素时，训练在几轮之内就会发散。',
  'pixels ÷ 255: validation accuracy {accuracy} after {epochs} epochs; raw pixels: {reason} after {count} epochs': '像素 ÷ 255：{epochs} 轮后验证准确率 {accuracy}；原始像素：{count} 轮后{reason}',

  // experiments-card.js
  'Each link loads a setup; press Train, then try the other one and compare. When you have trained every run, the card says whether it came out as expected.':
    '每个链接会载入一组设置；点击“训练”，再试另一组并比较。每组都训练完后，卡片会告诉你结果是否符合预期。',
  'What to expect: ': '预期结果：',
  'As a challenge: ': '挑战一下：',
  'Fix the learning rate: from α = 10, change only α and reach 90% training accuracy.': '修正学习率：从 α = 10 出发，只更改 α，使训练集准确率达到 90%。',
  'Make the deep sigmoid network learn: change only the layers and the initialization, and reach 90% training accuracy in the 60 epochs.':
    '让深层 sigmoid 网络学起来：只更改各层和权重初始化，在 60 轮内使训练集准确率达到 90%。',
  'Trained: {trained}. Now train {missing} to compare.': '已训练：{trained}。再训练{missing}来比较。',
  'It happened: ': '符合预期：',
  'Not this time: ': '这次没有出现：',
  '{detail}.': '{detail}。',
  '{detail}. The links load the exact setups: did a setting change between the runs?': '{detail}。链接载入的是完全相同的设置：两次训练之间是否改动过某项设置？',
};

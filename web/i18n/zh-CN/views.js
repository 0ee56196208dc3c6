// zh-CN: the texts of web/views (see web/i18n/README.md).
/** @type {import('../translate.js').Catalog} */
export default {
  // train-controls.js
  '< 1 s': '不到 1 秒',
  '{seconds} s': '{seconds} 秒',
  '{minutes} min {seconds} s': '{minutes} 分 {seconds} 秒',
  'Epoch {epoch} of {epochs}': '第 {epoch} / {epochs} 轮',
  'Pause': '暂停',
  'Step 1 epoch': '训练 1 轮',
  'Reset': '重置',
  'Keyboard: {keys}': '键盘：{keys}',
  'Training progress': '训练进度',
  '{rate} samples/s': '每秒 {rate} 个样本',
  'about {time} left': '剩余约 {time}',
  'Restart the engine': '重启引擎',
  'Could not restart the engine: {message}': '无法重启引擎：{message}',

  // session-views.js
  'validation R² {value}': '验证集 R² {value}',
  'training R² {value}': '训练集 R² {value}',
  'validation accuracy {value}': '验证集准确率 {value}',
  'training accuracy {value}': '训练集准确率 {value}',
  'test accuracy {value} on the {rows} test rows': '在 {rows} 行测试集上的测试准确率 {value}',
  'test R² {value} on the {rows} test rows': '在 {rows} 行测试集上的测试 R² {value}',
  '{validation}; {test}': '{validation}；{test}',
  'Reset: new weights from the seed, epoch 0.': '已重置：由种子生成新的权重，回到第 0 轮。',
  'The engine stopped unexpectedly ({message}). Your data and settings are kept.': '引擎意外停止（{message}）。你的数据和设置均已保留。',
  'Restarted: the same data and settings, training from epoch 0.': '已重启：数据和设置不变，从第 0 轮开始训练。',
  'Train to see which classes the network confuses.': '训练后即可看到网络会混淆哪些类别。',
  'Values for each input column (as in the data, before scaling):': '每个输入列的值（与数据中一致，缩放前）：',
  'The last run had stopped: starting over from new weights (epoch 0).': '上次训练已停止：从新的权重重新开始（第 0 轮）。',
  'Done: {count} epochs, {score}.': '完成：共 {count} 轮，{score}。',
  'Done: {count} epochs.': '完成：共 {count} 轮。',
  'Paused at epoch {epoch}. Train goes on from here; Step trains one epoch.': '已在第 {epoch} 轮暂停。“训练”从这里继续；“训练 1 轮”只训练一轮。',
  'Paused at epoch {epoch}, {test}. Train goes on from here; Step trains one epoch.': '已在第 {epoch} 轮暂停，{test}。“训练”从这里继续；“训练 1 轮”只训练一轮。',
  '{message}. Train starts over from new weights.': '{message}。再次“训练”将从新的权重重新开始。',
  '{message} ({score}). Train starts over from new weights.': '{message}（{score}）。再次“训练”将从新的权重重新开始。',
  'Stepped to epoch {epoch}.': '已训练到第 {epoch} 轮。',
  'Settings changed: the network starts again from epoch 0.': '设置已更改：网络从第 0 轮重新开始。',
  'The imported model does not fit the loaded data: no confusion matrix.': '导入的模型与已加载的数据不匹配：无法显示混淆矩阵。',
  'Predicting with the imported model “{name}”:': '使用导入的模型“{name}”预测：',
  'Imported model “{name}” (? epochs trained)': '已导入模型“{name}”（已训练 ? 轮）',
  'Imported model “{name}” ({count} epochs trained)': '已导入模型“{name}”（已训练 {count} 轮）',
  '{model}. Load data with its columns to see how it scores.': '{model}。加载包含其各列的数据即可查看它的表现。',
  '{model}: on the loaded data, {score}.': '{model}：在已加载的数据上，{score}。',
  '{model} does not fit the loaded data: {differences}. Its predictions are shown without that data: the predict form takes its columns.':
    '{model}与已加载的数据不匹配：{differences}。其预测不在这些数据上显示：预测表单使用该模型的列。',
  'Could not draw everything: {error}': '未能全部绘制：{error}',

  // charts.js, line-chart.js
  'train': '训练集',
  'validation': '验证集',
  'epoch': '轮次',
  'Epoch {epoch}: {values}': '第 {epoch} 轮：{values}',
  'Lines shown': '显示的曲线',
  'train {value}': '训练集 {value}',
  'validation {value}': '验证集 {value}',
  '{label}: {value}': '{label}：{value}',
  'Accuracy per epoch': '每轮的准确率',
  'Loss per epoch': '每轮的损失',
  'Accuracy': '准确率',
  'Loss (cost)': '损失（代价）',
  'log scale': '对数坐标',
  'A point per epoch, once training starts': '开始训练后，每一轮在这里画一个点',
  'The charts could not be loaded ({reason}). They are tried again with the next epoch.': '图表未能加载（{reason}）。下一轮时会再试一次。',
  'accuracy': '准确率',
  'loss': '损失',
  'R² (1 = perfect fit)': 'R²（1 = 完美拟合）',
  'R² per epoch': '每轮的 R²',
  'Loss (on the standardized target)': '损失（基于标准化后的目标）',
  'Loss (cost, on the standardized target)': '损失（代价，基于标准化后的目标）',
  'Weights of epoch': '权重所属轮次',
  '{epoch} (best, of {last})': '{epoch}（最佳，共 {last} 轮）',
  'Epoch': '轮次',
  'Train R²': '训练集 R²',
  'Train accuracy': '训练集准确率',
  'Validation R²': '验证集 R²',
  'Validation accuracy': '验证集准确率',
  'Train loss': '训练集损失',
  'Train R² (the epoch’s batches)': '训练集 R²（本轮各批量）',
  'Train accuracy (the epoch’s batches)': '训练集准确率（本轮各批量）',
  'Train loss (the epoch’s batches)': '训练集损失（本轮各批量）',
  'Validation loss': '验证集损失',
  'Validation RMSE (target units)': '验证集 RMSE（与目标同单位）',
  'Train RMSE (target units)': '训练集 RMSE（与目标同单位）',

  // chart-overlays.js
  '{name} (validation)': '{name}（验证集）',

  // boundary.js
  'prediction plane': '预测平面',
  'Decision boundary over the two input features. Click, or use the arrow keys and Enter, to predict at a point':
    '两个输入特征上的决策边界。点击，或使用方向键和 Enter 键，在某一点上预测',
  'Validation points': '验证集的点',
  'Discretize output': '离散化输出',
  'Background: the network’s prediction over the input plane. Dots: training points; ringed dots: validation points. Click to predict.':
    '背景：网络在输入平面上的预测。圆点：训练集的点；带圈的圆点：验证集的点。点击即可预测。',
  'The network with the weights of epoch {epoch}, restored by early stopping.': '网络使用第 {epoch} 轮的权重（由早停恢复）。',
  'The imported model (its weights of epoch {epoch}).': '导入的模型（其第 {epoch} 轮的权重）。',
  'Grey: the network outputs NaN or infinity there (it has diverged).': '灰色：网络在该处输出 NaN 或无穷大（已发散）。',
  'Predicted value from {low} (orange) to {high} (blue). Click to predict.': '预测值从 {low}（橙色）到 {high}（蓝色）。点击即可预测。',

  // point-tools.js
  'Value of the points added': '所添加点的值',
  'Undo': '撤销',
  'Remove the last point added (Backspace on the plane)': '删除最后添加的点（在平面上按 Backspace 键）',
  'Clear': '清除',
  'Remove every point added by hand': '删除所有手动添加的点',
  'Click:': '点击：',
  'predict there': '在该处预测',
  'add a point of class {name}': '添加类别 {name} 的点',
  'add a point of value': '添加指定值的点',
  '{count} added': '已添加 {count} 个',
  'shift-click: the other class': 'Shift + 点击：另一个类别',
  '“{value}” is not a number: type the value to add.': '“{value}”不是数字：请输入要添加的值。',

  // network-diagram.js
  'input {n}': '输入 {n}',
  'layer {layer} unit {unit}': '第 {layer} 层神经元 {unit}',
  'Network: {sizes} units': '网络：各层神经元数 {sizes}',
  'unit {n}': '神经元 {n}',
  'input': '输入',
  'output · {activation}': '输出 · {activation}',
  'Input {input} over the input plane (scaled)': '输入 {input} 在输入平面上的值（已缩放）',
  'Output unit {unit} ({activation})': '输出神经元 {unit}（{activation}）',
  'Layer {layer} unit {unit} ({activation})': '第 {layer} 层神经元 {unit}（{activation}）',
  'Output unit {unit} ({activation}) over the input plane': '输出神经元 {unit}（{activation}）在输入平面上的输出',
  'Layer {layer} unit {unit} ({activation}) over the input plane': '第 {layer} 层神经元 {unit}（{activation}）在输入平面上的输出',
  '+{n} more': '另有 {n} 个',
  'output {n}': '输出 {n}',
  '{from} → {to}: w = {w} (click to edit)': '{from} → {to}：w = {w}（点击可编辑）',
  '{from} → {to}: w = {w}': '{from} → {to}：w = {w}',
  'bias b = {b}': '偏置 b = {b}',
  '{sizes} units · largest |w| = {w} · dropout on {count} layers while training.':
    '各层神经元数 {sizes} · 最大 |w| = {w} · 训练时 {count} 层使用随机失活（Dropout）。',
  '{sizes} units · largest |w| = {w}.': '各层神经元数 {sizes} · 最大 |w| = {w}。',
  'Blue: positive weight, orange: negative; thicker: larger. Hover a line for its value; click a line or a unit to edit it.':
    '蓝色：正权重，橙色：负权重；线越粗，绝对值越大。悬停在连线上可查看其值；点击连线或神经元即可编辑。',
  'Blue: positive weight, orange: negative; thicker: larger. Hover a line for its value.':
    '蓝色：正权重，橙色：负权重；线越粗，绝对值越大。悬停在连线上可查看其值。',

  // layer-tools.js
  'Add a hidden layer': '添加一个隐藏层',
  'Remove the last hidden layer': '删除最后一个隐藏层',
  '{count} hidden layers': '{count} 个隐藏层',
  'Remove a unit from hidden layer {layer}': '从第 {layer} 个隐藏层删除一个神经元',
  'Add a unit to hidden layer {layer}': '向第 {layer} 个隐藏层添加一个神经元',
  '{count} units': '{count} 个神经元',

  // unit-editor.js
  'Close the editor': '关闭编辑器',
  'bias b': '偏置 b',
  'w from {input}': '来自 {input} 的 w',
  '{count} more inputs are not listed here.': '另有 {count} 个输入未在此列出。',
  'Type a value and press Enter.': '输入一个值后按 Enter 键。',
  '“{value}” is not a number: type one such as 0.5 or -1.2.': '“{value}”不是数字：请输入数字，例如 0.5 或 -1.2。',
  'Set the bias to {value}: the maps show the edited network.': '已将偏置设为 {value}：各图显示的是编辑后的网络。',
  'Set the weight to {value}: the maps show the edited network.': '已将权重设为 {value}：各图显示的是编辑后的网络。',
  'Could not set it: {message}': '无法设置：{message}',

  // confusion-view.js
  'Confusion matrix table': '混淆矩阵表格',
  '{correct} of {total} validation rows right ({accuracy}), before training': '训练前：验证集 {total} 行中 {correct} 行预测正确（{accuracy}）',
  '{correct} of {total} validation rows right ({accuracy}) with the imported model (its weights of epoch {epoch})':
    '导入的模型（其第 {epoch} 轮的权重）：验证集 {total} 行中 {correct} 行预测正确（{accuracy}）',
  '{correct} of {total} validation rows right ({accuracy}) with the weights of epoch {epoch}, restored by early stopping after epoch {trained}':
    '使用第 {epoch} 轮的权重（第 {trained} 轮后由早停恢复）：验证集 {total} 行中 {correct} 行预测正确（{accuracy}）',
  '{correct} of {total} validation rows right ({accuracy}) after epoch {epoch}': '第 {epoch} 轮后：验证集 {total} 行中 {correct} 行预测正确（{accuracy}）',
  '{correct} of {total} training rows right ({accuracy}), before training': '训练前：训练集 {total} 行中 {correct} 行预测正确（{accuracy}）',
  '{correct} of {total} training rows right ({accuracy}) with the imported model (its weights of epoch {epoch})':
    '导入的模型（其第 {epoch} 轮的权重）：训练集 {total} 行中 {correct} 行预测正确（{accuracy}）',
  '{correct} of {total} training rows right ({accuracy}) with the weights of epoch {epoch}, restored by early stopping after epoch {trained}':
    '使用第 {epoch} 轮的权重（第 {trained} 轮后由早停恢复）：训练集 {total} 行中 {correct} 行预测正确（{accuracy}）',
  '{correct} of {total} training rows right ({accuracy}) after epoch {epoch}': '第 {epoch} 轮后：训练集 {total} 行中 {correct} 行预测正确（{accuracy}）',
  'validation split': '验证集',
  'training split': '训练集',
  'On the ': '数据：',
  'actual ↓ / predicted →': '实际 ↓ / 预测 →',
  'class accuracy': '类别准确率',
  'actual {actual}, predicted {predicted}: {count}': '实际 {actual}，预测 {predicted}：{count}',

  // session-views.js: the views of pictures, loaded with image data
  'The drawing pad could not be loaded ({reason}).': '画板未能加载（{reason}）。',

  // unit-pictures.js
  'The first hidden layer’s units as pictures of their weights': '第一隐藏层的神经元，以其权重绘成的图像表示',
  'Add a hidden layer to see what its units look for.': '添加一个隐藏层，即可看到它的神经元在寻找什么。',
  'Unit {unit}': '神经元 {unit}',
  'The first {shown} of {units} units.': '显示了 {units} 个神经元中的前 {shown} 个。',
  'Point at a unit, or tab to it, to see it larger with its output for the drawing.': '把指针移到一个神经元上（或用 Tab 键选中它），可以看到放大的图，以及它对画板上图像的输出。',
  'Unit {unit}: draw on the pad to see its output.': '神经元 {unit}：在画板上书写即可看到它的输出。',
  'Unit {unit} outputs {output} for the drawing.': '神经元 {unit} 对画板上图像的输出为 {output}。',

  // cell-pictures.js
  'Click a count in the matrix to see those pictures, the network’s surest first.': '点击矩阵中的一个数字，即可看到对应的图像，网络最有把握的排在前面。',
  'Actual {actual}, predicted {predicted}: the surest {shown} of {count}. Choose one to put it on the pad.': '实际为 {actual}，预测为 {predicted}：{count} 张中最有把握的 {shown} 张。选择一张即可放到画板上。',
  'Actual {actual}, predicted {predicted}: {count} pictures, the surest first. Choose one to put it on the pad.': '实际为 {actual}，预测为 {predicted}：共 {count} 张，最有把握的排在前面。选择一张即可放到画板上。',
  'Picture {number}: predicted {predicted}, {sure} sure': '第 {number} 张图像：预测为 {predicted}，把握 {sure}',

  // draw-view.js
  'Drawing pad: draw with the mouse, a finger or a pen': '画板：用鼠标、手指或触控笔书写',
  'The picture the network receives': '网络接收到的图像',
  'What the network sees': '网络看到的图像',
  'Random example': '随机样本',
  '‹ Previous': '‹ 上一个',
  'Next ›': '下一个 ›',
  'Drawn over: the pad is predicted as drawn.': '已在样本上书写：按画板上现在的图像预测。',
  'Draw on the pad, or load an example.': '在画板上书写，或者载入一个样本。',
  '{probability} sure': '把握 {probability}',
  'Validation example {number} of {total}, of class {name}: draw over it to change it.': '验证集第 {number} 个样本（共 {total} 个），类别 {name}：在上面书写即可修改。',
  'Training example {number} of {total}, of class {name}: draw over it to change it.': '训练集第 {number} 个样本（共 {total} 个），类别 {name}：在上面书写即可修改。',

  // predict-view.js
  '{count} values separated by commas, in column order ({names}, …):': '按列的顺序输入 {count} 个值，以逗号分隔（{names}, …）：',
  'Expected {expected} values, one per input column; got {got}.': '应有 {expected} 个值（每个输入列一个），实际为 {got} 个。',
  'Predicted value: ': '预测值：',
  'Predicted class: ': '预测类别：',

  // step-view.js
  '(first {shown} of {count} examples)': '（共 {count} 个样本，显示前 {shown} 个）',
  'Step through one mini-batch': '单步训练一个小批量',
  'Trains one mini-batch and shows the numbers flowing forward (Z = W·A + b, A = f(Z)) and the gradients flowing back (dZ, dW, db), with examples along the columns. Each press trains the next batch; the charts gain a point when an epoch is complete. For small networks (up to 64 inputs and 64 units per layer), such as XOR, Perceptron or Three rows.':
    '训练一个小批量，并显示向前传递的数值（Z = W·A + b，A = f(Z)）和向后传递的梯度（dZ、dW、db），每一列是一个样本。每按一次就训练下一批；一轮完成时图表增加一个点。适用于小型网络（每层最多 64 个输入和 64 个神经元），例如 XOR、感知机、三行数据这几个示例。',
  'Cannot show one step: {message}': '无法显示这一步：{message}',
  'Epoch {epoch}, batch {batch} of {batches} (update {update}): m = {count} rows, cost {cost}, learning rate {rate}.':
    '第 {epoch} 轮，第 {batch} / {batches} 批（第 {update} 次更新）：m = {count} 行，代价 {cost}，学习率 {rate}。',
  'This batch completed epoch {epoch}: the charts gained a point.': '这一批完成了第 {epoch} 轮：图表新增了一个点。',
  'D[{layer}] (dropout mask)': 'D[{layer}]（随机失活掩码）',
  'Y (targets)': 'Y（目标值）',
  'W[{layer}] after the update': '更新后的 W[{layer}]',
  '{count} {activation} units': '{count} 个 {activation} 神经元',
  'Layer {layer} (output): {units}, {inputs}': '第 {layer} 层（输出层）：{units}，{inputs}',
  'Layer {layer}: {units}, {inputs}': '第 {layer} 层：{units}，{inputs}',
  'Forward': '前向传播',
  'Backward': '反向传播',
};

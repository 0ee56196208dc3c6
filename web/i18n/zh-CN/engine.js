// zh-CN: the engine's messages (web/core/engine-messages.js: the English template of each
// message code); the user's values in them (column names, values, file names) stay as written.
/** @type {import('../translate.js').Catalog} */
export default {
  '{first}, {rest}': '{first}，{rest}',
  '{first} and {rest}': '{first}和{rest}',
  '{first}; {rest}': '{first}；{rest}',
  '{items}, ...': '{items}等',
  '{value} ({bytes} bytes, shortened)': '{value}（共 {bytes} 字节，已截断）',
  'column {name} ({number})': '第 {number} 列 {name}',
  'row {row}: {message}': '第 {row} 行：{message}',
  '{column}: {message}': '{column}：{message}',
  'row {row}, {column}: {message}': '第 {row} 行，{column}：{message}',
  'the file is {size}, over the limit of {limit}': '文件大小为 {size}，超过了 {limit} 的上限',
  'the file is empty': '文件是空的',
  'the file is empty (it has only delimiters and blank lines)': '文件是空的（只有分隔符和空行）',
  'the file has only its "sep=" line': '文件只有 "sep=" 这一行',
  'a decimal comma needs a delimiter other than the comma': '使用小数逗号时，分隔符不能是逗号',
  'comma': '逗号',
  'semicolon': '分号',
  'tab': '制表符',
  'found only {count} column (delimiter {delimiter}); a data set needs at least one feature column and a target column':
    '只找到 {count} 列（分隔符：{delimiter}）；数据集至少需要一个特征列和一个目标列',
  'found only {count} columns (delimiter {delimiter}); a data set needs at least one feature column and a target column':
    '只找到 {count} 列（分隔符：{delimiter}）；数据集至少需要一个特征列和一个目标列',
  'the first row has {count} fields, over the limit of {limit} columns': '第一行有 {count} 个字段，超过了 {limit} 列的上限',
  'a quoted field opens here and is never closed (unterminated quote)': '从这里开始的带引号字段没有闭合（引号未结束）',
  'this is not a CSV file: it is {what}': '这不是 CSV 文件，而是{what}',
  'a PNG image': '一张 PNG 图片',
  'a JPEG image': '一张 JPEG 图片',
  'a GIF image': '一张 GIF 图片',
  'a zip archive (an Excel .xlsx file is one: save it as CSV instead)': '一个 zip 压缩包（Excel 的 .xlsx 文件就是这种格式：请改为另存为 CSV）',
  'a gzip archive (decompress it first)': '一个 gzip 压缩包（请先解压）',
  'a PDF document': '一个 PDF 文档',
  'an old Excel/Office file (save it as CSV instead)': '一个旧版 Excel/Office 文件（请改为另存为 CSV）',
  'a program, not data': '一个程序，而不是数据',
  'the file is UTF-16 text; save it as UTF-8 CSV': '文件是 UTF-16 文本；请另存为 UTF-8 编码的 CSV',
  'the file contains a NUL byte (at byte {offset}), so it is binary data or UTF-16 text, not a UTF-8 CSV file':
    '文件含有 NUL 字节（位于第 {offset} 字节），因此它是二进制数据或 UTF-16 文本，而不是 UTF-8 编码的 CSV 文件',
  'the file does not look like text ({count} control characters in its first {bytes} bytes)':
    '文件看起来不是文本（前 {bytes} 字节中有 {count} 个控制字符）',
  'found only one column: no comma, semicolon or tab separates the values into columns (a data set needs at least one feature column and a target column)':
    '只找到一列：没有逗号、分号或制表符把值分成多列（数据集至少需要一个特征列和一个目标列）',
  'the file has a header row but no data rows': '文件有表头行，但没有数据行',
  'the file has no data rows': '文件没有数据行',
  'loading this file needs about {need} (the {text} of text, plus {rows} rows x {columns} columns of 4-byte numbers held twice), over the memory budget of {budget}':
    '加载这个文件大约需要 {need}（{text} 的文本，加上 {rows} 行 × {columns} 列的 4 字节数值，且要保存两份），超过了 {budget} 的内存预算',
  'the file has too many rows ({rows})': '文件的行数太多（{rows} 行）',
  '{count} row has a different number of fields than the {expected} columns of the first row: {examples}. Fix those rows, or choose to skip them':
    '有 {count} 行的字段数与第一行的 {expected} 列不同：{examples}。请修正这些行，或选择跳过它们',
  '{count} rows have a different number of fields than the {expected} columns of the first row: {examples}. Fix those rows, or choose to skip them':
    '有 {count} 行的字段数与第一行的 {expected} 列不同：{examples}。请修正这些行，或选择跳过它们',
  'row {row} has {fields}': '第 {row} 行有 {fields} 个',
  'skipped {count} row whose number of fields is not {expected}: {examples}':
    '跳过了字段数不是 {expected} 的 {count} 行：{examples}',
  'skipped {count} rows whose number of fields is not {expected}: {examples}':
    '跳过了字段数不是 {expected} 的 {count} 行：{examples}',
  'row {row} ({fields} fields)': '第 {row} 行（{fields} 个字段）',
  'the first line "sep={sep}" is not data: it named the delimiter': '第一行 "sep={sep}" 不是数据：它指明了分隔符',
  'the first line "sep={sep}" is not data: skipped, the delimiter given was used': '第一行 "sep={sep}" 不是数据：已跳过，使用了指定的分隔符',
  '{value} is not a number ({numbers} values in this column are numbers, {others} are not: fix the value, make it empty to mark it missing, or ignore the column)':
    '{value} 不是数字（这一列有 {numbers} 个值是数字，{others} 个不是：请修正这个值、把它留空以标记为缺失，或忽略这一列）',
  '{value} is a percentage, but {count} other value in this column is a plain number: write every value with "%" or none, or ignore the column':
    '{value} 是百分数，但这一列另有 {count} 个值是普通数字：请让所有值都带 "%" 或都不带，或忽略这一列',
  '{value} is a percentage, but {count} other values in this column are plain numbers: write every value with "%" or none, or ignore the column':
    '{value} 是百分数，但这一列另有 {count} 个值是普通数字：请让所有值都带 "%" 或都不带，或忽略这一列',
  '{column}: read as numbers after removing {removed} ({example} → {value})':
    '{column}：去掉{removed}后读作数字（{example} → {value}）',
  '{column}: read as numbers after removing {removed}; percentages read as fractions ({example} → {value})':
    '{column}：去掉{removed}后读作数字；百分数读作小数（{example} → {value}）',
  '{column}: percentages read as fractions ({example} → {value})': '{column}：百分数读作小数（{example} → {value}）',
  'thousands separators {separator}': '千位分隔符 {separator}',
  'thousands separators': '千位分隔符',
  'the currency sign {signs}': '货币符号 {signs}',
  'the currency signs {signs}': '货币符号 {signs}',
  'the parentheses around negative numbers': '负数外的括号',
  '{column}, row {row}: {value} {what}; treated as missing': '{column}，第 {row} 行：{value} {what}，按缺失值处理',
  '{column}, row {row}: {value} {what}; treated as missing, as are {count} more value in row {rows}':
    '{column}，第 {row} 行：{value} {what}，按缺失值处理；第 {rows} 行的另外 {count} 个值也是如此',
  '{column}, row {row}: {value} {what}; treated as missing, as are {count} more values in rows {rows}':
    '{column}，第 {row} 行：{value} {what}，按缺失值处理；第 {rows} 行的另外 {count} 个值也是如此',
  'is infinite': '是无穷大',
  'is beyond the float range (±3.4e38)': '超出了 float 的范围（±3.4e38）',
  'is a spreadsheet error': '是电子表格的错误值',
  'is not a number': '不是数字',
  'a data set needs at least two columns: a feature and a target': '数据集至少需要两列：一个特征列和一个目标列',
  '{columns}, ... ({count} columns)': '{columns}……（共 {count} 列）',
  'there is no column {name} to predict; the columns are {columns}': '没有要预测的列 {name}；现有的列是 {columns}',
  'there is no column {number} to predict: the table has {count} columns, numbered from 1; the columns are {columns}':
    '没有要预测的第 {number} 列：表格有 {count} 列，从 1 开始编号；现有的列是 {columns}',
  'there is no column {name} to ignore; the columns are {columns}': '没有要忽略的列 {name}；现有的列是 {columns}',
  'there is no column {name} to treat as categorical; the columns are {columns}': '没有要作为类别型处理的列 {name}；现有的列是 {columns}',
  'the column named {name}': '名为 {name} 的列',
  'the last column': '最后一列',
  'the last column with values': '最后一个有值的列',
  'the target column has no values': '目标列没有值',
  'the target holds text (e.g. {value}), so it can only be predicted by classification, not regression':
    '目标列是文本（例如 {value}），只能用分类来预测，不能用回归',
  'the target has the same value in every row; there is nothing to predict': '目标列每一行的值都相同，没有可预测的内容',
  'the target has {count} distinct values, over the limit of {limit} classes (is it a number to predict by regression?)':
    '目标列有 {count} 个不同的值，超过了 {limit} 个类别的上限（它是不是应该用回归来预测的数值？）',
  'the target has only one class ({name} in all {rows} rows used); a classifier needs at least two':
    '目标列只有一个类别（所用的全部 {rows} 行都是 {name}）；分类器至少需要两个类别',
  'every one of the {rows} rows used has its own class, so there are fewer rows than a classifier needs (is this a regression target?)':
    '所用的 {rows} 行每行都是一个单独的类别，行数少于分类器所需（这是不是回归的目标？）',
  '{column}: {reason}': '{column}：{reason}',
  'ignored as requested': '按要求忽略',
  'every value is missing': '所有值都缺失',
  'constant (every value is {value}), carries no information': '常量列（每个值都是 {value}），不含信息',
  'an identifier (every value is different)': '标识列（每个值都不同）',
  'an identifier (it counts the rows)': '标识列（它在给行计数）',
  '{count} categories, over the one-hot limit of {limit}': '{count} 个类别，超过了独热编码 {limit} 个的上限',
  '{count} rows without a target value': '{count} 行没有目标值',
  '{count} rows with a missing feature value (impute instead to keep them)': '{count} 行缺少特征值（改为填充可以保留它们）',
  'the data has one row: every column is constant in it, and a network needs rows that differ to learn from':
    '数据只有一行：其中每一列都是常量，而神经网络需要各不相同的行来学习',
  'no feature columns are left to learn from: {dropped}': '没有可供学习的特征列了：{dropped}',
  'every column but the target is ignored': '除目标列外的所有列都被忽略了',
  '{items}; and {count} more': '{items}；另有 {count} 项',
  'no rows are left: every row misses the target or a feature value': '没有剩下的行：每一行都缺少目标值或某个特征值',
  'test': '测试集',
  '{count} row is too few for a {split} split of {fraction} (it would be empty); add rows or set the {split} fraction to 0':
    '{count} 行太少，无法划分出 {fraction} 的{split}（划分出的{split}会是空的）；请添加行，或把{split}比例设为 0',
  '{count} rows are too few for a {split} split of {fraction} (it would be empty); add rows or set the {split} fraction to 0':
    '{count} 行太少，无法划分出 {fraction} 的{split}（划分出的{split}会是空的）；请添加行，或把{split}比例设为 0',
  '{count} row is too few for a {split} split of {fraction} (it would be empty once every class keeps a training example); add rows or set the {split} fraction to 0':
    '{count} 行太少，无法划分出 {fraction} 的{split}（每个类别都留下一个训练样本后，{split}会是空的）；请添加行，或把{split}比例设为 0',
  '{count} rows are too few for a {split} split of {fraction} (it would be empty once every class keeps a training example); add rows or set the {split} fraction to 0':
    '{count} 行太少，无法划分出 {fraction} 的{split}（每个类别都留下一个训练样本后，{split}会是空的）；请添加行，或把{split}比例设为 0',
  'training diverged at epoch {epoch}: {reason} with learning rate {learning_rate}; {hint}':
    '训练在第 {epoch} 轮发散：学习率为 {learning_rate} 时{reason}；{hint}',
  'training diverged at epoch {epoch}: the training loss ({loss}) has stayed above ten times its best ({best}) for {epochs} epochs with learning rate {learning_rate}; {hint}':
    '训练在第 {epoch} 轮发散：学习率为 {learning_rate} 时，训练损失（{loss}）已连续 {epochs} 轮高于其最佳值（{best}）的十倍；{hint}',
  'the loss became NaN': '损失变成了 NaN',
  'the loss became infinite': '损失变成了无穷大',
  'the validation loss became NaN': '验证损失变成了 NaN',
  'the validation loss became infinite': '验证损失变成了无穷大',
  'the weights of layer {layer} became NaN or infinite': '第 {layer} 层的权重变成了 NaN 或无穷大',
  '{loss} before training': '训练前为 {loss}',
  '{loss} at epoch {epoch}': '第 {epoch} 轮时为 {loss}',
  'try a lower learning rate': '请尝试更低的学习率',
  'the features reach {largest}: scale them (scaling standardize or minmax), or try a lower learning rate':
    '特征值达到 {largest}：请缩放特征（scaling 设为 standardize 或 minmax），或尝试更低的学习率',
  'early stopping at epoch {epoch}: the validation loss has not improved for {patience} epochs; the weights of epoch {best_epoch} (validation loss {loss}) are restored':
    '第 {epoch} 轮早停：验证损失已连续 {patience} 轮没有改善；已恢复第 {best_epoch} 轮的权重（验证损失 {loss}）',
  '{field} must be {range}, got {value}': '{field} 必须{range}，实际为 {value}',
  'in {interval}': '在 {interval} 内',
  'between {min} and {max}': '在 {min} 到 {max} 之间',
  '>= {min}': '大于等于 {min}',
  'at most {max} layers': '不超过 {max} 层',
  'in {interval} for the step schedule': '在 {interval} 内（step 调度）',
  'in {interval} for the inverse schedule': '在 {interval} 内（inverse 调度）',
  '>= 0 (0 means the full batch)': '大于等于 0（0 表示全批量）',
  '>= 0 (0 turns early stopping off)': '大于等于 0（0 表示关闭早停）',
  '{field} must be one of sigmoid, tanh, relu, leaky_relu, linear (softmax is for the output layer), got "softmax"':
    '{field} 必须是 sigmoid、tanh、relu、leaky_relu、linear 之一（softmax 用于输出层），实际为 "softmax"',
  'loss {loss} needs a classification target; use mse for regression': '损失函数 {loss} 需要分类目标；回归请使用 mse',
  'the target has {count} class; classification needs at least 2': '目标列只有 {count} 个类别；分类至少需要 2 个',
};

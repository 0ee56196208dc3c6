// The engine's coded messages (an Error's code and params, a summary's *_message fields, a
// run's stop_message) in the page's language. The table has the engine's English template
// of every code (engine/core/message_texts.cpp), marked for the catalog: the zh-CN text
// of a template is its translation, and a test (tests/bindings/engine-messages.test.mjs)
// checks this table equals the module's messageTemplates(). A message with no code, or a
// code this table lacks (a newer engine), is shown as the engine's English text.
import { t, msg, liveText } from '../i18n/text.js';

/**
 * A coded message: a parameter is a text (the user's values and numbers as the engine
 * wrote them) or a nested message.
 * @typedef {{code: string, params?: Record<string, unknown>}} EngineMessage
 * @typedef {import('../i18n/text.js').Live} Live
 */

/** code → the English template. @type {Readonly<Record<string, string>>} */
export const ENGINE_TEMPLATES = Object.freeze({
  // lists and places
  'list.pair': msg('{first}, {rest}'),
  'list.and': msg('{first} and {rest}'),
  'list.semicolon': msg('{first}; {rest}'),
  'list.more': msg('{items}, ...'),
  'value.shortened': msg('{value} ({bytes} bytes, shortened)'),
  'data.column': msg('column {name} ({number})'),
  'data.at_row': msg('row {row}: {message}'),
  'data.at_column': msg('{column}: {message}'),
  'data.at_row_column': msg('row {row}, {column}: {message}'),
  // reading a CSV file
  'csv.too_large': msg('the file is {size}, over the limit of {limit}'),
  'csv.empty': msg('the file is empty'),
  'csv.empty_delimiters': msg('the file is empty (it has only delimiters and blank lines)'),
  'csv.only_sep_line': msg('the file has only its "sep=" line'),
  'csv.decimal_comma_delimiter': msg('a decimal comma needs a delimiter other than the comma'),
  'csv.delimiter_comma': msg('comma'),
  'csv.delimiter_semicolon': msg('semicolon'),
  'csv.delimiter_tab': msg('tab'),
  'csv.too_few_columns_one': msg('found only {count} column (delimiter {delimiter}); a data set needs at least one '
    + 'feature column and a target column'),
  'csv.too_few_columns': msg('found only {count} columns (delimiter {delimiter}); a data set needs at least one '
    + 'feature column and a target column'),
  'csv.too_many_columns': msg('the first row has {count} fields, over the limit of {limit} columns'),
  'csv.unterminated_quote': msg('a quoted field opens here and is never closed (unterminated quote)'),
  'csv.not_csv': msg('this is not a CSV file: it is {what}'),
  'csv.kind_png': msg('a PNG image'),
  'csv.kind_jpeg': msg('a JPEG image'),
  'csv.kind_gif': msg('a GIF image'),
  'csv.kind_zip': msg('a zip archive (an Excel .xlsx file is one: save it as CSV instead)'),
  'csv.kind_gzip': msg('a gzip archive (decompress it first)'),
  'csv.kind_pdf': msg('a PDF document'),
  'csv.kind_office': msg('an old Excel/Office file (save it as CSV instead)'),
  'csv.kind_program': msg('a program, not data'),
  'csv.utf16': msg('the file is UTF-16 text; save it as UTF-8 CSV'),
  'csv.nul_byte': msg('the file contains a NUL byte (at byte {offset}), so it is binary data or UTF-16 text, not a '
    + 'UTF-8 CSV file'),
  'csv.not_text': msg('the file does not look like text ({count} control characters in its first {bytes} bytes)'),
  'csv.one_column': msg('found only one column: no comma, semicolon or tab separates the values into columns (a '
    + 'data set needs at least one feature column and a target column)'),
  'csv.no_data_rows_header': msg('the file has a header row but no data rows'),
  'csv.no_data_rows': msg('the file has no data rows'),
  'csv.over_memory_budget': msg('loading this file needs about {need} (the {text} of text, plus {rows} rows x '
    + '{columns} columns of 4-byte numbers held twice), over the memory budget of {budget}'),
  'csv.too_many_rows': msg('the file has too many rows ({rows})'),
  'csv.ragged_rows_one': msg('{count} row has a different number of fields than the {expected} columns of the '
    + 'first row: {examples}. Fix those rows, or choose to skip them'),
  'csv.ragged_rows': msg('{count} rows have a different number of fields than the {expected} columns of the first '
    + 'row: {examples}. Fix those rows, or choose to skip them'),
  'csv.ragged_row': msg('row {row} has {fields}'),
  'csv.ragged_skipped_one': msg('skipped {count} row whose number of fields is not {expected}: {examples}'),
  'csv.ragged_skipped': msg('skipped {count} rows whose number of fields is not {expected}: {examples}'),
  'csv.ragged_skipped_row': msg('row {row} ({fields} fields)'),
  'csv.sep_line_used': msg('the first line "sep={sep}" is not data: it named the delimiter'),
  'csv.sep_line_skipped': msg('the first line "sep={sep}" is not data: skipped, the delimiter given was used'),
  'csv.not_a_number': msg('{value} is not a number ({numbers} values in this column are numbers, {others} are not: '
    + 'fix the value, make it empty to mark it missing, or ignore the column)'),
  'csv.percent_mixed_one': msg('{value} is a percentage, but {count} other value in this column is a plain number: '
    + 'write every value with "%" or none, or ignore the column'),
  'csv.percent_mixed': msg('{value} is a percentage, but {count} other values in this column are plain numbers: '
    + 'write every value with "%" or none, or ignore the column'),
  'csv.read_decorated': msg('{column}: read as numbers after removing {removed} ({example} → {value})'),
  'csv.read_decorated_percentages': msg('{column}: read as numbers after removing {removed}; percentages read as '
    + 'fractions ({example} → {value})'),
  'csv.read_percentages': msg('{column}: percentages read as fractions ({example} → {value})'),
  'csv.removed_separator': msg('thousands separators {separator}'),
  'csv.removed_separators': msg('thousands separators'),
  'csv.removed_currency_sign': msg('the currency sign {signs}'),
  'csv.removed_currency_signs': msg('the currency signs {signs}'),
  'csv.removed_parentheses': msg('the parentheses around negative numbers'),
  'csv.special_value': msg('{column}, row {row}: {value} {what}; treated as missing'),
  'csv.special_values_one': msg('{column}, row {row}: {value} {what}; treated as missing, as are {count} more '
    + 'value in row {rows}'),
  'csv.special_values': msg('{column}, row {row}: {value} {what}; treated as missing, as are {count} more values '
    + 'in rows {rows}'),
  'csv.special_infinite': msg('is infinite'),
  'csv.special_out_of_range': msg('is beyond the float range (±3.4e38)'),
  'csv.special_spreadsheet_error': msg('is a spreadsheet error'),
  'csv.special_not_a_number': msg('is not a number'),
  // from a table to a data set
  'data.too_few_columns': msg('a data set needs at least two columns: a feature and a target'),
  'data.columns_more': msg('{columns}, ... ({count} columns)'),
  'data.no_target_column': msg('there is no column {name} to predict; the columns are {columns}'),
  'data.no_target_number': msg('there is no column {number} to predict: the table has {count} columns, numbered '
    + 'from 1; the columns are {columns}'),
  'data.no_column_to_ignore': msg('there is no column {name} to ignore; the columns are {columns}'),
  'data.no_categorical_column': msg('there is no column {name} to treat as categorical; the columns are {columns}'),
  'data.target_named': msg('the column named {name}'),
  'data.target_last': msg('the last column'),
  'data.target_last_with_values': msg('the last column with values'),
  'data.target_no_values': msg('the target column has no values'),
  'data.target_text': msg('the target holds text (e.g. {value}), so it can only be predicted by classification, '
    + 'not regression'),
  'data.target_constant': msg('the target has the same value in every row; there is nothing to predict'),
  'data.target_too_many_classes': msg('the target has {count} distinct values, over the limit of {limit} classes '
    + '(is it a number to predict by regression?)'),
  'data.one_class': msg('the target has only one class ({name} in all {rows} rows used); a classifier needs at '
    + 'least two'),
  'data.class_per_row': msg('every one of the {rows} rows used has its own class, so there are fewer rows than a '
    + 'classifier needs (is this a regression target?)'),
  'data.dropped_column': msg('{column}: {reason}'),
  'data.ignored_as_requested': msg('ignored as requested'),
  'data.every_value_missing': msg('every value is missing'),
  'data.constant_column': msg('constant (every value is {value}), carries no information'),
  'data.identifier_distinct': msg('an identifier (every value is different)'),
  'data.identifier_counter': msg('an identifier (it counts the rows)'),
  'data.too_many_categories': msg('{count} categories, over the one-hot limit of {limit}'),
  'data.rows_without_target': msg('{count} rows without a target value'),
  'data.rows_missing_feature': msg('{count} rows with a missing feature value (impute instead to keep them)'),
  'data.one_row': msg('the data has one row: every column is constant in it, and a network needs rows that differ '
    + 'to learn from'),
  'data.no_features': msg('no feature columns are left to learn from: {dropped}'),
  'data.all_ignored': msg('every column but the target is ignored'),
  'data.dropped_more': msg('{items}; and {count} more'),
  'data.no_rows_left': msg('no rows are left: every row misses the target or a feature value'),
  'data.split_validation': msg('validation'),
  'data.split_test': msg('test'),
  'data.split_too_few_one': msg('{count} row is too few for a {split} split of {fraction} (it would be empty); add '
    + 'rows or set the {split} fraction to 0'),
  'data.split_too_few': msg('{count} rows are too few for a {split} split of {fraction} (it would be empty); add '
    + 'rows or set the {split} fraction to 0'),
  'data.split_too_few_stratified_one': msg('{count} row is too few for a {split} split of {fraction} (it would be '
    + 'empty once every class keeps a training example); add rows or set the {split} fraction to 0'),
  'data.split_too_few_stratified': msg('{count} rows are too few for a {split} split of {fraction} (it would be '
    + 'empty once every class keeps a training example); add rows or set the {split} fraction to 0'),
  // training
  'train.diverged_non_finite': msg('training diverged at epoch {epoch}: {reason} with learning rate '
    + '{learning_rate}; {hint}'),
  'train.diverged_loss_grew': msg('training diverged at epoch {epoch}: the training loss ({loss}) has stayed above '
    + 'ten times its best ({best}) for {epochs} epochs with learning rate {learning_rate}; {hint}'),
  'train.loss_nan': msg('the loss became NaN'),
  'train.loss_infinite': msg('the loss became infinite'),
  'train.validation_loss_nan': msg('the validation loss became NaN'),
  'train.validation_loss_infinite': msg('the validation loss became infinite'),
  'train.weights_not_finite': msg('the weights of layer {layer} became NaN or infinite'),
  'train.best_before_training': msg('{loss} before training'),
  'train.best_at_epoch': msg('{loss} at epoch {epoch}'),
  'train.hint_lower_rate': msg('try a lower learning rate'),
  'train.hint_scale_features': msg('the features reach {largest}: scale them (scaling standardize or minmax), or '
    + 'try a lower learning rate'),
  'train.early_stopping': msg('early stopping at epoch {epoch}: the validation loss has not improved for '
    + '{patience} epochs; the weights of epoch {best_epoch} (validation loss {loss}) are restored'),
  // the training configuration
  'config.out_of_range': msg('{field} must be {range}, got {value}'),
  'config.range_in': msg('in {interval}'),
  'config.range_between': msg('between {min} and {max}'),
  'config.range_at_least': msg('>= {min}'),
  'config.range_at_most_layers': msg('at most {max} layers'),
  'config.range_step_decay': msg('in {interval} for the step schedule'),
  'config.range_inverse_decay': msg('in {interval} for the inverse schedule'),
  'config.range_batch_size': msg('>= 0 (0 means the full batch)'),
  'config.range_patience': msg('>= 0 (0 turns early stopping off)'),
  'config.hidden_softmax': msg('{field} must be one of sigmoid, tanh, relu, leaky_relu, linear (softmax is for the '
    + 'output layer), got "softmax"'),
  'config.loss_needs_classification': msg('loss {loss} needs a classification target; use mse for regression'),
  'config.too_few_classes': msg('the target has {count} class; classification needs at least 2'),
});

/**
 * The message in the page's language now; null without a code or with one the table lacks
 * (itself or a nested message).
 * @param {EngineMessage | null | undefined} coded
 * @returns {string | null}
 */
export function engineMessageText(coded) {
  if (!coded || typeof coded.code !== 'string' || !Object.hasOwn(ENGINE_TEMPLATES, coded.code)) return null;
  /** @type {Record<string, string>} */
  const params = {};
  for (const [name, value] of Object.entries(coded.params ?? {})) {
    if (value && typeof value === 'object') {
      const text = engineMessageText(/** @type {EngineMessage} */ (value));
      if (text === null) return null;
      params[name] = text;
    } else {
      params[name] = String(value);
    }
  }
  return t(ENGINE_TEMPLATES[coded.code], params);
}

/**
 * The engine's message as a live text: the coded form in the page's language, else the
 * English text the engine gave with it.
 * @param {EngineMessage | null | undefined} coded @param {string} english
 * @returns {Live}
 */
export const engineText = (coded, english) => liveText(() => engineMessageText(coded) ?? english);

/**
 * The coded form an Error of the engine carries (code, params), or null.
 * @param {unknown} error @returns {EngineMessage | null}
 */
export function codedError(error) {
  const e = /** @type {{code?: unknown, params?: Record<string, unknown>}} */ (error ?? {});
  return typeof e.code === 'string' ? { code: e.code, params: e.params ?? {} } : null;
}

/** An Error of the engine (or the worker) as a live text. @param {Error} error @returns {Live} */
export const engineErrorText = (error) => engineText(codedError(error), error.message);

/**
 * Whether a message is, or holds, one of these codes (data.at_row_column holds the
 * message that says what is wrong there).
 * @param {EngineMessage | null | undefined} coded @param {string[]} codes @returns {boolean}
 */
export function hasCode(coded, codes) {
  if (!coded || typeof coded.code !== 'string') return false;
  if (codes.includes(coded.code)) return true;
  return Object.values(coded.params ?? {}).some((v) => v !== null && typeof v === 'object'
    && hasCode(/** @type {EngineMessage} */ (v), codes));
}

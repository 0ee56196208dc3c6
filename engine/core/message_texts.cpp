// The English text of every message code: the engine renders its messages from these. The
// page's catalogs translate each code (web/i18n/zh-CN/engine.js): their tests read the codes
// and the templates' parameters from this file.
// A template's {name} is a parameter of the message.
#include "core/message.hpp"

namespace nnplay {

const std::vector<MessageTemplate>& message_templates() {
  static const std::vector<MessageTemplate> kTemplates = {
      // lists and places
      {"list.pair", "{first}, {rest}"},
      {"list.and", "{first} and {rest}"},
      {"list.semicolon", "{first}; {rest}"},
      {"list.more", "{items}, ..."},
      {"value.shortened", "{value} ({bytes} bytes, shortened)"},
      {"data.column", "column {name} ({number})"},
      {"data.at_row", "row {row}: {message}"},
      {"data.at_column", "{column}: {message}"},
      {"data.at_row_column", "row {row}, {column}: {message}"},

      // reading a CSV file
      {"csv.too_large", "the file is {size}, over the limit of {limit}"},
      {"csv.empty", "the file is empty"},
      {"csv.empty_delimiters", "the file is empty (it has only delimiters and blank lines)"},
      {"csv.only_sep_line", "the file has only its \"sep=\" line"},
      {"csv.decimal_comma_delimiter", "a decimal comma needs a delimiter other than the comma"},
      {"csv.delimiter_comma", "comma"},
      {"csv.delimiter_semicolon", "semicolon"},
      {"csv.delimiter_tab", "tab"},
      {"csv.too_few_columns_one",
       "found only {count} column (delimiter {delimiter}); a data set needs at least one feature column and a target "
       "column"},
      {"csv.too_few_columns",
       "found only {count} columns (delimiter {delimiter}); a data set needs at least one feature column and a target "
       "column"},
      {"csv.too_many_columns", "the first row has {count} fields, over the limit of {limit} columns"},
      {"csv.unterminated_quote", "a quoted field opens here and is never closed (unterminated quote)"},
      {"csv.not_csv", "this is not a CSV file: it is {what}"},
      {"csv.kind_png", "a PNG image"},
      {"csv.kind_jpeg", "a JPEG image"},
      {"csv.kind_gif", "a GIF image"},
      {"csv.kind_zip", "a zip archive (an Excel .xlsx file is one: save it as CSV instead)"},
      {"csv.kind_gzip", "a gzip archive (decompress it first)"},
      {"csv.kind_pdf", "a PDF document"},
      {"csv.kind_office", "an old Excel/Office file (save it as CSV instead)"},
      {"csv.kind_program", "a program, not data"},
      {"csv.utf16", "the file is UTF-16 text; save it as UTF-8 CSV"},
      {"csv.nul_byte",
       "the file contains a NUL byte (at byte {offset}), so it is binary data or UTF-16 text, not a UTF-8 CSV file"},
      {"csv.not_text", "the file does not look like text ({count} control characters in its first {bytes} bytes)"},
      {"csv.one_column",
       "found only one column: no comma, semicolon or tab separates the values into columns (a data set needs at "
       "least one feature column and a target column)"},
      {"csv.no_data_rows_header", "the file has a header row but no data rows"},
      {"csv.no_data_rows", "the file has no data rows"},
      {"csv.over_memory_budget",
       "loading this file needs about {need} (the {text} of text, plus {rows} rows x {columns} columns of 4-byte "
       "numbers held twice), over the memory budget of {budget}"},
      {"csv.too_many_rows", "the file has too many rows ({rows})"},
      {"csv.ragged_rows_one",
       "{count} row has a different number of fields than the {expected} columns of the first row: {examples}. Fix "
       "those rows, or choose to skip them"},
      {"csv.ragged_rows",
       "{count} rows have a different number of fields than the {expected} columns of the first row: {examples}. Fix "
       "those rows, or choose to skip them"},
      {"csv.ragged_row", "row {row} has {fields}"},
      {"csv.ragged_skipped_one", "skipped {count} row whose number of fields is not {expected}: {examples}"},
      {"csv.ragged_skipped", "skipped {count} rows whose number of fields is not {expected}: {examples}"},
      {"csv.ragged_skipped_row", "row {row} ({fields} fields)"},
      {"csv.sep_line_used", "the first line \"sep={sep}\" is not data: it named the delimiter"},
      {"csv.sep_line_skipped", "the first line \"sep={sep}\" is not data: skipped, the delimiter given was used"},

      // reading IDX files (MNIST's format)
      {"idx.pictures_file", "the pictures file"},
      {"idx.labels_file", "the labels file"},
      {"idx.test_pictures_file", "the test pictures file"},
      {"idx.test_labels_file", "the test labels file"},
      {"idx.type_u8", "unsigned bytes"},
      {"idx.type_i8", "signed bytes"},
      {"idx.type_i16", "16-bit integers"},
      {"idx.type_i32", "32-bit integers"},
      {"idx.type_f32", "32-bit floats"},
      {"idx.type_f64", "64-bit floats"},
      {"idx.gzip", "{file} is gzip-compressed: decompress it first"},
      {"idx.not_idx",
       "{file} is not an IDX file (it does not start with two zero bytes, a type and a number of dimensions)"},
      {"idx.not_bytes", "{file} holds {type}; only unsigned bytes (MNIST's type, 0x08) are read"},
      {"idx.dims_pictures",
       "{file} has the wrong number of dimensions ({dims}; pictures have 3: count, rows, columns): is it the labels "
       "file?"},
      {"idx.dims_labels",
       "{file} has the wrong number of dimensions ({dims}; labels have 1: count): is it the pictures file?"},
      {"idx.short_header", "{file} ends inside its header"},
      {"idx.size",
       "{file} is {bytes} bytes, but its header announces {expected}: it is cut short or has bytes too many"},
      {"idx.counts", "{pictures} pictures but {labels} labels: the two files do not belong together"},
      {"idx.empty", "{file} holds no pictures"},
      {"idx.test_picture_size",
       "the test pictures are {rows} × {columns} pixels, the training pictures {train_rows} × {train_columns}: "
       "the files do not belong together"},
      {"idx.picture_size", "pictures of {rows} × {columns} pixels: at most {limit} pixels per picture are read"},
      {"idx.over_memory_budget",
       "{count} pictures of {rows} × {columns} pixels need about {need}, over the memory budget of {budget}"},

      // the numbers of a column
      {"csv.not_a_number",
       "{value} is not a number ({numbers} values in this column are numbers, {others} are not: fix the value, make it "
       "empty to mark it missing, or ignore the column)"},
      {"csv.percent_mixed_one",
       "{value} is a percentage, but {count} other value in this column is a plain number: write every value with "
       "\"%\" or none, or ignore the column"},
      {"csv.percent_mixed",
       "{value} is a percentage, but {count} other values in this column are plain numbers: write every value with "
       "\"%\" or none, or ignore the column"},
      {"csv.read_decorated", "{column}: read as numbers after removing {removed} ({example} → {value})"},
      {"csv.read_decorated_percentages",
       "{column}: read as numbers after removing {removed}; percentages read as fractions ({example} → {value})"},
      {"csv.read_percentages", "{column}: percentages read as fractions ({example} → {value})"},
      {"csv.removed_separator", "thousands separators {separator}"},
      {"csv.removed_separators", "thousands separators"},
      {"csv.removed_currency_sign", "the currency sign {signs}"},
      {"csv.removed_currency_signs", "the currency signs {signs}"},
      {"csv.removed_parentheses", "the parentheses around negative numbers"},
      {"csv.special_value", "{column}, row {row}: {value} {what}; treated as missing"},
      {"csv.special_values_one",
       "{column}, row {row}: {value} {what}; treated as missing, as are {count} more value in row {rows}"},
      {"csv.special_values",
       "{column}, row {row}: {value} {what}; treated as missing, as are {count} more values in rows {rows}"},
      {"csv.special_infinite", "is infinite"},
      {"csv.special_out_of_range", "is beyond the float range (±3.4e38)"},
      {"csv.special_spreadsheet_error", "is a spreadsheet error"},
      {"csv.special_not_a_number", "is not a number"},

      // from a table to a data set
      {"data.too_few_columns", "a data set needs at least two columns: a feature and a target"},
      {"data.columns_more", "{columns}, ... ({count} columns)"},
      {"data.no_target_column", "there is no column {name} to predict; the columns are {columns}"},
      {"data.no_target_number",
       "there is no column {number} to predict: the table has {count} columns, numbered from 1; the columns are "
       "{columns}"},
      {"data.no_column_to_ignore", "there is no column {name} to ignore; the columns are {columns}"},
      {"data.no_categorical_column", "there is no column {name} to treat as categorical; the columns are {columns}"},
      {"data.target_named", "the column named {name}"},
      {"data.target_last", "the last column"},
      {"data.target_last_with_values", "the last column with values"},
      {"data.target_no_values", "the target column has no values"},
      {"data.target_text",
       "the target holds text (e.g. {value}), so it can only be predicted by classification, not regression"},
      {"data.target_constant", "the target has the same value in every row; there is nothing to predict"},
      {"data.target_too_many_classes",
       "the target has {count} distinct values, over the limit of {limit} classes (is it a number to predict by "
       "regression?)"},
      {"data.one_class",
       "the target has only one class ({name} in all {rows} rows used); a classifier needs at least two"},
      {"data.class_per_row",
       "every one of the {rows} rows used has its own class, so there are fewer rows than a classifier needs (is this "
       "a regression target?)"},
      {"data.dropped_column", "{column}: {reason}"},
      {"data.ignored_as_requested", "ignored as requested"},
      {"data.every_value_missing", "every value is missing"},
      {"data.constant_column", "constant (every value is {value}), carries no information"},
      {"data.identifier_distinct", "an identifier (every value is different)"},
      {"data.identifier_counter", "an identifier (it counts the rows)"},
      {"data.too_many_categories", "{count} categories, over the one-hot limit of {limit}"},
      {"data.rows_without_target", "{count} rows without a target value"},
      {"data.rows_missing_feature", "{count} rows with a missing feature value (impute instead to keep them)"},
      {"data.one_row",
       "the data has one row: every column is constant in it, and a network needs rows that differ to learn from"},
      {"data.no_features", "no feature columns are left to learn from: {dropped}"},
      {"data.all_ignored", "every column but the target is ignored"},
      {"data.dropped_more", "{items}; and {count} more"},
      {"data.no_rows_left", "no rows are left: every row misses the target or a feature value"},
      {"data.split_validation", "validation"},
      {"data.split_test", "test"},
      {"data.split_too_few_one",
       "{count} row is too few for a {split} split of {fraction} (it would be empty); add rows or set the {split} "
       "fraction to 0"},
      {"data.split_too_few",
       "{count} rows are too few for a {split} split of {fraction} (it would be empty); add rows or set the {split} "
       "fraction to 0"},
      {"data.split_too_few_stratified_one",
       "{count} row is too few for a {split} split of {fraction} (it would be empty once every class keeps a training "
       "example); add rows or set the {split} fraction to 0"},
      {"data.split_too_few_stratified",
       "{count} rows are too few for a {split} split of {fraction} (it would be empty once every class keeps a "
       "training example); add rows or set the {split} fraction to 0"},

      // added points, generated sets, splits
      {"points.too_many", "{count} added points; at most {limit} can be added by hand"},
      {"points.generated_only", "points can be added to a generated 2-D data set only"},
      {"points.generated_sets_only", "points can be added by hand to the generated 2-D data sets only"},
      {"points.name", "added point {number}"},
      {"points.bad_position", "{point}: x and y must be numbers between -1000 and 1000, got {x}, {y}"},
      {"points.bad_class", "{point}: its class must be a whole number from 0 to {last}, got {value}"},
      {"points.bad_value", "{point}: its value must be a number between -1000000 and 1000000, got {value}"},
      {"generated.out_of_range", "{field} must be between {min} and {max}, got {value}"},
      {"split.fraction", "the {split} fraction must be in [0, 1), got {value}"},
      {"split.nothing_left",
       "the validation and test fractions leave nothing to train on ({validation} + {test} >= 1)"},
      {"derived.needs_two", "derived inputs need exactly two numeric input features; this data has {count}"},
      {"derived.needs_two_listed",
       "derived inputs need exactly two numeric input features; this data has {count}: {features}"},
      {"derived.needs_two_one_hot",
       "derived inputs need exactly two numeric input features; this data has {count}: {features} (one-hot features of "
       "categorical columns count as features)"},

      // predicting
      {"predict.at_row_column", "prediction row {row}, {column}: {message}"},
      {"predict.not_a_category", "{value} is not one of the categories seen in training ({categories})"},
      {"predict.categories_more", "{items}, ... ({count} in all)"},
      {"predict.missing", "the value is missing (this model was trained without imputation)"},
      {"predict.not_a_number", "{value} is not a number"},
      {"predict.infinite", "the value is infinite"},
      {"predict.out_of_range", "{value} is out of range"},
      {"predict.field_count", "prediction row {row} has {fields} fields; the model takes {inputs}"},
      {"predict.field_count_target",
       "prediction row {row} has {fields} fields; the model takes {inputs} (or {with_target} with the target)"},

      // JSON and model files
      {"json.empty", "{what} is empty: there is no JSON in it"},
      {"json.invalid", "{what} is not valid JSON: {detail}"},
      {"json.number_overflow", "the number {number} is beyond the range of numbers (about ±1.8e308)"},
      {"json.what_model", "model"},
      {"json.what_configuration", "configuration"},
      {"json.what_values", "values"},
      {"model.not_object", "a model must be a JSON object"},
      {"model.format", "format must be \"nnplay-model\", got {value}"},
      {"model.version", "version {version} is not supported (this build reads version {supported})"},

      // before training
      {"train.no_rows", "the training split has no rows"},
      {"train.no_features", "the dataset has no feature columns"},
      {"train.too_many_features", "the dataset has {count} features; a network takes at most {limit}"},
      {"train.batch_over_rows", "batch_size must be at most the {rows} training rows, got {batch}"},
      {"train.memory",
       "training this network needs about {need} ({parts}); the limit is {limit}: use fewer units or layers, or a "
       "smaller batch"},
      {"memory.part", "{name} {bytes}"},
      {"memory.data", "data"},
      {"memory.weights", "weights"},
      {"memory.gradients", "gradients"},
      {"memory.optimizer", "{optimizer} state"},
      {"memory.workspaces", "workspaces for {columns} columns"},
      {"memory.batch", "mini-batch copies"},
      {"memory.targets", "targets and predictions"},
      {"memory.best_weights", "early stopping's best weights"},

      // training
      {"train.diverged_non_finite",
       "training diverged at epoch {epoch}: {reason} with learning rate {learning_rate}; {hint}"},
      {"train.diverged_loss_grew",
       "training diverged at epoch {epoch}: the training loss ({loss}) has stayed above ten times its best ({best}) "
       "for {epochs} epochs with learning rate {learning_rate}; {hint}"},
      {"train.loss_nan", "the loss became NaN"},
      {"train.loss_infinite", "the loss became infinite"},
      {"train.validation_loss_nan", "the validation loss became NaN"},
      {"train.validation_loss_infinite", "the validation loss became infinite"},
      {"train.weights_not_finite", "the weights of layer {layer} became NaN or infinite"},
      {"train.best_before_training", "{loss} before training"},
      {"train.best_at_epoch", "{loss} at epoch {epoch}"},
      {"train.hint_lower_rate", "try a lower learning rate"},
      {"train.hint_scale_features",
       "the features reach {largest}: scale them (scaling standardize or minmax), or try a lower learning rate"},
      {"train.early_stopping",
       "early stopping at epoch {epoch}: the validation loss has not improved for {patience} epochs; the weights of "
       "epoch {best_epoch} (validation loss {loss}) are restored"},

      // the training configuration
      {"config.out_of_range", "{field} must be {range}, got {value}"},
      {"config.range_in", "in {interval}"},
      {"config.range_between", "between {min} and {max}"},
      {"config.range_at_least", ">= {min}"},
      {"config.range_at_most_layers", "at most {max} layers"},
      {"config.range_step_decay", "in {interval} for the step schedule"},
      {"config.range_inverse_decay", "in {interval} for the inverse schedule"},
      {"config.range_batch_size", ">= 0 (0 means the full batch)"},
      {"config.range_patience", ">= 0 (0 turns early stopping off)"},
      {"config.hidden_softmax",
       "{field} must be one of sigmoid, tanh, relu, leaky_relu, linear (softmax is for the output layer), got "
       "\"softmax\""},
      {"config.loss_needs_classification", "loss {loss} needs a classification target; use mse for regression"},
      {"config.too_few_classes", "the target has {count} class; classification needs at least 2"},
  };
  return kTemplates;
}

}  // namespace nnplay

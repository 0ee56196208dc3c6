#pragma once
// The engine's numeric types. Features along rows, examples along columns:
// a batch of n examples with f features is an f x n matrix.
#include <Eigen/Core>

namespace nnplay {

#ifdef NNPLAY_DOUBLE
using Scalar = double;  // the gradient-check build
#else
using Scalar = float;
#endif

using Matrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;
using Vector = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>;
using RowVector = Eigen::Matrix<Scalar, 1, Eigen::Dynamic>;
using Array = Eigen::Array<Scalar, Eigen::Dynamic, 1>;
using MatrixRef = Eigen::Ref<Matrix>;
using ConstMatrixRef = Eigen::Ref<const Matrix>;
// The first n columns of a workspace: what leftCols(n) returns.
using Columns = Eigen::Block<Matrix, Eigen::Dynamic, Eigen::Dynamic, true>;
using ConstColumns = Eigen::Block<const Matrix, Eigen::Dynamic, Eigen::Dynamic, true>;

}  // namespace nnplay

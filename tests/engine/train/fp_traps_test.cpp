// Floating-point faults on clean data are bugs: training, evaluation and prediction of
// ordinary data sets must never divide by zero, overflow, or make a NaN (invalid
// operation). Checked two ways: the exception flags after the run (everywhere), and on
// glibc a hardware trap (SIGFPE at the faulting instruction; under scripts/sanitize.sh
// AddressSanitizer prints its stack).
#include <catch2/catch.hpp>

#include <cfenv>
#include <memory>
#include <string>

#include "data/build.hpp"
#include "data/builtin_datasets.hpp"
#include "data/csv/read_csv.hpp"
#include "train/trainer.hpp"

#if defined(__GLIBC__) && (defined(__x86_64__) || defined(__i386__))
#define NNPLAY_FP_TRAPS 1
#include <fenv.h>
#endif

using namespace nnplay;

namespace {

constexpr int kFaults = FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW;

// Runs f with the faults trapped (where supported) and returns the fault flags it raised.
// No Catch assertion inside f: the reporting code is not what is under test.
template <class F>
int faults_of(F&& f) {
  std::feclearexcept(FE_ALL_EXCEPT);
#ifdef NNPLAY_FP_TRAPS
  feenableexcept(kFaults);
#endif
  f();
#ifdef NNPLAY_FP_TRAPS
  fedisableexcept(kFaults);
#endif
  const int raised = std::fetestexcept(kFaults);
  std::feclearexcept(FE_ALL_EXCEPT);
  return raised;
}

std::shared_ptr<const Dataset> built(const Table& table, Task task, const std::string& target = "") {
  DatasetOptions o;
  o.task = task;
  o.target = target;
  o.validation_fraction = 0.2;
  o.seed = 3;
  return std::make_shared<const Dataset>(build_dataset(table, o).dataset);
}

}  // namespace

TEST_CASE("fp traps: training, evaluation and prediction on clean data raise no fault", "[numeric][fp]") {
  GeneratedOptions g;
  g.rows = 300;
  const auto iris = built(read_csv_file(std::string(NNPLAY_SOURCE_DIR) + "/data/iris.csv"), Task::classification);
  const auto spirals = built(generate_spirals(g), Task::classification);
  const auto regression =
      built(read_csv_file(std::string(NNPLAY_SOURCE_DIR) + "/data/iris.csv"), Task::regression, "petal_width");
  for (const auto& data : {iris, spirals, regression}) {
    for (OptimizerKind optimizer : {OptimizerKind::sgd, OptimizerKind::momentum, OptimizerKind::nesterov,
                                    OptimizerKind::adagrad, OptimizerKind::rmsprop, OptimizerKind::adam}) {
      for (Activation activation : {Activation::sigmoid, Activation::tanh, Activation::relu, Activation::leaky_relu}) {
        CAPTURE(data->name, name_of(optimizer), name_of(activation));
        TrainingConfig c;
        c.hidden_layers = {{16, activation, Scalar(0.9)}, {8, activation, 1}};
        c.optimizer.kind = optimizer;
        c.optimizer.schedule = Schedule::inverse;
        c.l2 = Scalar(0.01);
        c.patience = 3;
        bool stopped_diverged = false;
        const int raised = faults_of([&] {
          Trainer trainer(c, data);
          trainer.train(8);
          trainer.predict(data->validation.x);
          stopped_diverged = trainer.stopped() && trainer.stop_reason().find("diverged") != std::string::npos;
        });
        CHECK_FALSE(stopped_diverged);
        CHECK((raised & FE_INVALID) == 0);
        CHECK((raised & FE_DIVBYZERO) == 0);
        CHECK((raised & FE_OVERFLOW) == 0);
      }
    }
  }
}

TEST_CASE("fp traps: loading a CSV and building the data set raise no fault", "[numeric][fp]") {
  const int raised = faults_of([] {
    const Table t = read_csv_file(std::string(NNPLAY_SOURCE_DIR) + "/data/iris.csv");
    DatasetOptions o;
    o.missing = MissingPolicy::impute;
    o.scaling = Scaling::minmax;
    build_dataset(t, o);
    o.scaling = Scaling::standardize;
    build_dataset(t, o);
  });
  CHECK(raised == 0);
}

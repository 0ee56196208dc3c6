#include "step_detail_js.hpp"

#include <emscripten/bind.h>

#include "js_arrays.hpp"
#include "nn/activation.hpp"

namespace nnplay::bindings {
namespace {

using emscripten::val;

template <class M>
val matrix(const M& m) {
  if (m.size() == 0) return val::null();
  val out = val::object();
  out.set("rows", static_cast<int>(m.rows()));
  out.set("cols", static_cast<int>(m.cols()));
  out.set("values", float32_copy(m.data(), static_cast<std::size_t>(m.size())));
  return out;
}

}  // namespace

val step_detail_to_js(const StepDetail& d, const std::optional<EpochMetrics>& metrics, const Network& network) {
  val out = val::object();
  out.set("epoch", d.epoch);
  out.set("batch", d.batch);
  out.set("batches_per_epoch", d.batches_per_epoch);
  out.set("update", static_cast<double>(d.update));
  out.set("batch_rows", d.batch_rows);
  out.set("rows", int32_copy(d.rows));
  out.set("cost", d.cost);
  out.set("learning_rate", d.learning_rate);
  out.set("epoch_ended", d.epoch_ended);
  out.set("metrics", metrics ? val(*metrics) : val::null());
  out.set("Y", matrix(d.Y));
  val layers = val::array();
  for (std::size_t l = 0; l < d.layers.size(); ++l) {
    const LayerStep& s = d.layers[l];
    const DenseLayer& layer = network.layers()[l];
    val o = val::object();
    o.set("inputs", layer.inputs());
    o.set("units", layer.units());
    o.set("activation", std::string(name_of(layer.spec().activation)));
    o.set("keep_prob", static_cast<double>(layer.spec().keep_prob));
    o.set("A_prev", matrix(s.A_prev));
    o.set("Z", matrix(s.Z));
    o.set("A", matrix(s.A));
    o.set("D", matrix(s.D));
    o.set("dA", matrix(s.dA));
    o.set("dZ", matrix(s.dZ));
    o.set("dW", matrix(s.dW));
    o.set("db", matrix(s.db));
    o.set("W_before", matrix(s.W_before));
    o.set("W_after", matrix(s.W_after));
    o.set("b_before", matrix(s.b_before));
    o.set("b_after", matrix(s.b_after));
    layers.call<void>("push", o);
  }
  out.set("layers", layers);
  return out;
}

}  // namespace nnplay::bindings

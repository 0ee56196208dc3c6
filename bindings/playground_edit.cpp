// Editing one weight or bias by hand (the learner clicks a connection of the diagram).
#include <cmath>
#include <stdexcept>
#include <string>

#include "playground.hpp"
#include "playground_guard.hpp"
#include "playground_state.hpp"

namespace nnplay::bindings {

void Playground::set_parameter(int layer, int unit, int input, double value) {
  guard([&] {
    std::vector<DenseLayer>& layers = predictor().network.layers();
    const int count = static_cast<int>(layers.size());
    if (layer < 0 || layer >= count)
      throw std::invalid_argument("setParameter: layer " + std::to_string(layer) + " is not between 0 and " +
                                  std::to_string(count - 1));
    DenseLayer& l = layers[static_cast<std::size_t>(layer)];
    if (unit < 0 || unit >= l.units())
      throw std::invalid_argument("setParameter: layer " + std::to_string(layer) + " has units 0 to " +
                                  std::to_string(l.units() - 1) + ", not " + std::to_string(unit));
    if (input < -1 || input >= l.inputs())
      throw std::invalid_argument("setParameter: layer " + std::to_string(layer) + " has inputs 0 to " +
                                  std::to_string(l.inputs() - 1) + " (-1: the bias), not " + std::to_string(input));
    if (!std::isfinite(value) || std::abs(value) > 1e6)
      throw std::invalid_argument("a weight must be a finite number between -1000000 and 1000000");
    if (input < 0)
      l.b(unit) = static_cast<Scalar>(value);
    else
      l.W(unit, input) = static_cast<Scalar>(value);
    State& s = *state_;
    if (!s.model) return;
    // An imported model: the JSON it exports, its scores on the data and the trainer that
    // would continue it (made again when training starts) follow the edit.
    nlohmann::json& saved = s.model_json["layers"][static_cast<std::size_t>(layer)];
    if (input < 0)
      saved["biases"][static_cast<std::size_t>(unit)] = l.b(unit);
    else
      saved["weights"][static_cast<std::size_t>(unit)][static_cast<std::size_t>(input)] = l.W(unit, input);
    check_model();
    s.trainer.reset();
  });
}

}  // namespace nnplay::bindings

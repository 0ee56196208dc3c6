// What each context runs: 3 epochs on generated circles, and one failing call.
export function train(nn) {
  const pg = nn.createPlayground();
  try {
    pg.loadBuiltin('circles', { rows: 200, seed: 1 });
    pg.configure({ hidden_layers: [8], batch_size: 16, seed: 1 });
    const losses = pg.trainEpochs(3).map((m) => m.train_loss);
    let error = null;
    try {
      pg.configure({ hidden_layers: [{ units: 0 }] });
    } catch (e) {
      error = e instanceof Error ? e.message : `not an Error: ${e}`;
    }
    return { losses, error };
  } finally {
    pg.dispose();
  }
}

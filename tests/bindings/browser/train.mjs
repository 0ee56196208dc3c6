// What each context runs: 3 epochs on generated circles, one failing call, and a CSV,
// whose reading is in the module's deferred part (read on first use).
export const CSV = 'a,b,label\n1,2,x\n2,1,y\n3,4,x\n4,3,y\n5,6,x\n6,5,y\n';

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
    const csvRows = pg.loadCsv(CSV).rows;
    return { losses, error, csvRows };
  } finally {
    pg.dispose();
  }
}

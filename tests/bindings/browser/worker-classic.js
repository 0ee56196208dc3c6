// A classic worker: importScripts the glue and use the raw Embind class (errors are
// read with takeError, which the wrapper does for module users).
importScripts('nnplay-core.js');
createNnplayCore().then((core) => {
  const pg = new core.Playground();
  pg.loadBuiltin('circles', JSON.stringify({ rows: 200, seed: 1 }));
  pg.configure(JSON.stringify({ hidden_layers: [8], batch_size: 16, seed: 1 }));
  const history = pg.trainEpochs(3);
  pg.configure(JSON.stringify({ hidden_layers: [{ units: 0 }] }));
  const error = pg.takeError();
  pg.delete();
  postMessage({ losses: history.map((m) => m.train_loss), error });
});

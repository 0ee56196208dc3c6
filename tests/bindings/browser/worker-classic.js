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
  // The CSV of train.mjs: its reading is in the deferred part, which the glue reads itself here.
  const summary = JSON.parse(pg.loadCsv('a,b,label\n1,2,x\n2,1,y\n3,4,x\n4,3,y\n5,6,x\n6,5,y\n', '{}'));
  pg.delete();
  postMessage({ losses: history.map((m) => m.train_loss), error, csvRows: summary.rows });
});

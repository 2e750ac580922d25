// Atlaskit asks Atlassian's cloud feature-gate client whether experiments are on. Outside Atlassian's cloud that
// client is never initialised, so every gate is off anyway; this stand-in says so without shipping ~30 KB gzip of
// client code (and without its "Client must be initialized" console noise).
const FeatureGatesOff = {
  initializeCompleted: () => false,
  checkGate: () => false,
  getExperimentValue: (_experiment, _parameter, defaultValue) => defaultValue,
  getExperiment: () => undefined,
  initialize: () => Promise.resolve(),
};

module.exports = FeatureGatesOff;
module.exports.default = FeatureGatesOff;

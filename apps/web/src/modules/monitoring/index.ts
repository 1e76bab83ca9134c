// What other modules may use from monitoring.
export { LivenessTag } from './components/LivenessTag';
export { LIVENESS_COLORS, countByLiveness } from './liveness';
export { parameterLabel, parameterUnit } from './parameters';

// What other modules may use from setup: whether the first-run set-up is done.
export { useSetupStatus } from './api';

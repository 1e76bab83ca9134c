import type { WebModule } from '../../lib/web-module';
import { ENFORCEMENT_MENU } from './enforcement-menu';
import { ENFORCEMENT_ROUTES } from './routes';

export { OpenCaseButton } from './components/OpenCaseButton';
/** 填写检查记录 from an enterprise's page. */
export { InspectButton } from './records/InspectButton';
/** Words the portal's public lists share with the module's pages. */
export { methodText } from './inspection-labels';
export { yuanText } from './labels';

/** Enforcement as the shell sees it: the cases with their clocks, penalty and documents (执法监管). */
export const enforcementWebModule: WebModule = {
  name: 'enforcement',
  routes: ENFORCEMENT_ROUTES,
  menu: [ENFORCEMENT_MENU],
};

import type { EnterpriseFile, Outlet, Permit } from '@ecocloud/contracts';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { EnterpriseFormModal } from './EnterpriseFormModal';
import { LimitsEditorModal } from './LimitsEditorModal';
import { OutletFormModal } from './OutletFormModal';
import { PermitFormModal } from './PermitFormModal';

/** Which form of the enterprise page is open, with what it edits. */
export type OpenForm =
  | { kind: 'enterprise' }
  | { kind: 'outlet'; outlet?: Outlet }
  | { kind: 'permit' }
  | { kind: 'limits'; permit: Permit }
  | null;

/** The hand-kept forms of 一企一档 (sources:write): the enterprise, its outlets, a new permit, a permit's limits. */
export function FileForms({ file, open, onClose }: { file: EnterpriseFile; open: OpenForm; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const saved = () => void message.success(t('sources.file.saved'));
  const { enterprise, outlets } = file;
  switch (open?.kind) {
    case 'enterprise':
      return <EnterpriseFormModal open enterprise={enterprise} onClose={onClose} onSaved={saved} />;
    case 'outlet':
      return (
        <OutletFormModal open enterpriseId={enterprise.id} outlet={open.outlet} onClose={onClose} onSaved={saved} />
      );
    case 'permit':
      return <PermitFormModal open enterprise={enterprise} onClose={onClose} onSaved={saved} />;
    case 'limits':
      return (
        <LimitsEditorModal
          open
          enterpriseId={enterprise.id}
          permit={open.permit}
          outlets={outlets}
          onClose={onClose}
          onSaved={saved}
        />
      );
    default:
      return null;
  }
}

import type { WorkplanCreateMessages } from './workplan-create.zh-cn';

/** Adding a plan item by hand (English), mounted at `workplan.create.*`. */
export const workplanCreateEn: WorkplanCreateMessages = {
  open: 'New item',
  openChild: 'New sub-item',
  title: 'New item',
  titleChild: 'New sub-item',
  submit: 'Create',
  done: 'Item created',
  kind: 'Type',
  parent: 'Parent item',
  top: 'Top level (under no item)',
  number: 'Number',
  numberPlaceholder: 'e.g. (1), 1.',
  itemTitle: 'Title',
  titleRule: 'Enter the item title',
  text: 'Text',
  leadUnits: 'Lead units',
  coUnits: 'Co-units',
  unitsHint: "Several allowed; left empty, the parent item's units apply",
  regions: 'Regions',
  regionsHint: "Several allowed; left empty, the parent item's regions apply",
  deadline: 'Deadline',
  dateRule: 'Enter a valid date as YYYY-MM-DD',
  fieldErrors: {
    parentId: 'The parent item does not exist or is outside your reach',
    units: 'A unit does not exist or is outside your reach',
  },
};

/** Adding a plan item by hand (zh-CN), mounted at `workplan.create.*`. */
export const workplanCreateZh = {
  open: '新增事项',
  openChild: '新增下级事项',
  title: '新增事项',
  titleChild: '新增下级事项',
  submit: '创建',
  done: '事项已创建',
  kind: '类型',
  parent: '上级事项',
  top: '顶层（不属于任何事项）',
  number: '序号',
  numberPlaceholder: '如 （一）、1.',
  itemTitle: '标题',
  titleRule: '请填写事项标题',
  text: '内容',
  leadUnits: '牵头单位',
  coUnits: '配合单位',
  unitsHint: '可多选；不填则沿用上级事项的单位',
  regions: '涉及地区',
  regionsHint: '可多选；不填则沿用上级事项的地区',
  deadline: '完成时限',
  dateRule: '请填写有效日期，格式为 YYYY-MM-DD',
  fieldErrors: {
    parentId: '上级事项不存在或不在您的权限范围内',
    units: '单位不存在或不在您的权限范围内',
  },
};

/** The shape the English messages must match: same keys, string leaves. */
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type WorkplanCreateMessages = Strings<typeof workplanCreateZh>;

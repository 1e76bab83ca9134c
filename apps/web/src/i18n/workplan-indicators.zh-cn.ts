/** Editing an item's indicators and choosing a live metric (zh-CN), mounted at `workplan.indicatorEdit.*`. */
export const workplanIndicatorsZh = {
  add: '添加指标',
  edit: '编辑',
  delete: '删除',
  confirmDelete: '删除该指标？已报送的指标值将不再显示。',
  addTitle: '添加指标',
  editTitle: '编辑指标',
  actions: '操作',
  name: '指标名称',
  nameRule: '请填写指标名称',
  unit: '单位',
  direction: '方向',
  target: '目标值',
  targetRule: '请填写目标值',
  deadline: '完成时限',
  dateRule: '日期格式为 YYYY-MM-DD',
  kind: '数据来源',
  kinds: { manual: '单位填报', live: '系统自动获取' },
  kindHints: {
    manual: '由责任单位在进度报送时填写',
    live: '从业务数据自动读取，单位无需填报',
  },
  liveTag: '自动',
  metric: '数据指标',
  metricRule: '请选择数据指标',
  save: '保存',
  saved: '指标已保存',
  deleted: '指标已删除',
  picker: {
    placeholder: '选择数据指标',
    region: '地区',
    regionPlaceholder: '选择地区',
    choose: '选择指标和地区后，显示当前值和本年走势',
    current: '当前值',
    asOf: '截至 {{date}}',
    noData: '暂无数据',
    forecast: '年末预测 {{value}}{{unit}}（{{status}}）',
    forecasts: { on_track: '预计达标', at_risk: '存在风险', off_track: '预计不达标' },
    trajectory: '{{year}} 年各月末数值',
    value: '数值',
    baseline: '上年末',
    noTrajectory: '本年暂无各月数据',
  },
};

/** The shape the English messages must match: same keys, string leaves. */
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type WorkplanIndicatorsMessages = Strings<typeof workplanIndicatorsZh>;

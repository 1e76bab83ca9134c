import type { Kysely } from 'kysely';
import { grant } from './0002-monitoring';

// The pollution-source register (module `sources`): enterprises, outlets, permits with their limits,
// events and documents, execution reports and the Ministry's deadline overrides; the GB/T 4754 classes
// the register's industries use; and the grants of the module's permissions.
// Frozen in time: never import application code here (0002's `grant` is itself a frozen migration).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('enterprises')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('uscc', 'varchar(18)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('industry_code', 'varchar(10)', (c) => c.notNull())
    .addColumn('region_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('address', 'varchar(300)', (c) => c.notNull().defaultTo(''))
    .addColumn('lon', 'double precision')
    .addColumn('lat', 'double precision')
    .addColumn('category', 'varchar(20)', (c) => c.notNull())
    .addColumn('key_list_year', 'integer')
    .addColumn('key_list_types', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('legal_representative', 'varchar(50)', (c) => c.notNull().defaultTo(''))
    .addColumn('contacts', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('operating'))
    .addColumn('regulator_org_id', 'varchar(64)', (c) => c.notNull().references('orgs.id'))
    .addColumn('enterprise_org_id', 'varchar(64)', (c) => c.references('orgs.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enterprises_region_idx').on('enterprises').column('region_code').execute();
  await db.schema.createIndex('enterprises_regulator_idx').on('enterprises').column('regulator_org_id').execute();
  await db.schema.createIndex('enterprises_org_idx').on('enterprises').column('enterprise_org_id').execute();

  await db.schema
    .createTable('outlets')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'varchar(64)', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('code', 'varchar(10)', (c) => c.notNull())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('kind', 'varchar(10)', (c) => c.notNull())
    .addColumn('is_main', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lon', 'double precision')
    .addColumn('lat', 'double precision')
    .addColumn('standard', 'varchar(60)', (c) => c.notNull().defaultTo(''))
    .addColumn('source_type', 'varchar(60)')
    .addColumn('device_mns', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'varchar(10)', (c) => c.notNull().defaultTo('active'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('outlets_code_uq', ['enterprise_id', 'code'])
    .execute();

  await db.schema
    .createTable('permits')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'varchar(64)', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('permit_no', 'varchar(60)', (c) => c.notNull().unique())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('category', 'varchar(20)', (c) => c.notNull())
    .addColumn('issuer', 'varchar(100)', (c) => c.notNull().defaultTo(''))
    .addColumn('valid_from', 'varchar(10)', (c) => c.notNull())
    .addColumn('valid_to', 'varchar(10)', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('valid'))
    .addColumn('report_frequencies', 'text', (c) => c.notNull().defaultTo('["annual"]'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('permits_enterprise_idx').on('permits').column('enterprise_id').execute();
  await db.schema.createIndex('permits_valid_to_idx').on('permits').column('valid_to').execute();

  // special_period is '' for the normal limit, so that the unique key holds on both dialects (NULLs never collide).
  await db.schema
    .createTable('permit_limits')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('permit_id', 'varchar(64)', (c) => c.notNull().references('permits.id').onDelete('cascade'))
    .addColumn('outlet_id', 'varchar(64)', (c) => c.notNull().references('outlets.id').onDelete('cascade'))
    .addColumn('pollutant', 'varchar(40)', (c) => c.notNull())
    .addColumn('limit_type', 'varchar(20)', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('unit', 'varchar(20)', (c) => c.notNull())
    .addColumn('averaging_period', 'varchar(20)', (c) => c.notNull().defaultTo(''))
    .addColumn('special_period', 'varchar(60)', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('permit_limits_uq', ['permit_id', 'outlet_id', 'pollutant', 'limit_type', 'special_period'])
    .execute();

  await db.schema
    .createTable('permit_events')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('permit_id', 'varchar(64)', (c) => c.notNull().references('permits.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(30)', (c) => c.notNull())
    .addColumn('event_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('new_valid_to', 'varchar(10)')
    .addColumn('on_site_check', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('permit_events_permit_idx')
    .on('permit_events')
    .columns(['permit_id', 'event_date'])
    .execute();

  // Documents live in the database like the work plan's attachments (base64 text, the same on both dialects).
  await db.schema
    .createTable('permit_documents')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('event_id', 'varchar(64)', (c) => c.notNull().references('permit_events.id').onDelete('cascade'))
    .addColumn('filename', 'varchar(200)', (c) => c.notNull())
    .addColumn('content_type', 'varchar(100)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('content_base64', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('execution_reports')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('permit_id', 'varchar(64)', (c) => c.notNull().references('permits.id').onDelete('cascade'))
    .addColumn('frequency', 'varchar(20)', (c) => c.notNull())
    .addColumn('period_key', 'varchar(10)', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('submitted_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('submitted_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('execution_reports_uq', ['permit_id', 'frequency', 'period_key'])
    .execute();

  await db.schema
    .createTable('report_deadline_overrides')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('frequency', 'varchar(20)', (c) => c.notNull())
    .addColumn('period_key', 'varchar(10)', (c) => c.notNull())
    .addColumn('due_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('note', 'varchar(300)', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('report_deadline_overrides_uq', ['frequency', 'period_key'])
    .execute();
  const now = new Date().toISOString();
  // MEE notices (regulation.md §1.4, ☑): the 2023 annual report moved to 2024-02-29, the 2024 one to the end of February 2025.
  await db
    .insertInto('report_deadline_overrides')
    .values([
      {
        id: 'rdo-annual-2023',
        frequency: 'annual',
        period_key: '2023',
        due_date: '2024-02-29',
        note: '生态环境部办公厅通知(2024-01-05)',
      },
      {
        id: 'rdo-annual-2024',
        frequency: 'annual',
        period_key: '2024',
        due_date: '2025-02-28',
        note: '生态环境部通知(2025)',
      },
    ])
    .execute();

  await db
    .insertInto('dictionaries')
    .values({ code: 'industry_class', name: '国民经济行业分类(小类)', name_en: 'Industries (GB/T 4754-2017 classes)' })
    .execute();
  await db
    .insertInto('dictionary_entries')
    .values(
      INDUSTRY_CLASSES.map(([code, section, label, labelEn], i) => ({
        id: `dict-industry_class-${code}`,
        dict_code: 'industry_class',
        code,
        label,
        label_en: labelEn,
        extra_json: JSON.stringify({ section }),
        sort_order: i,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();

  await grant(db, {
    admin: ['sources:read', 'sources:write', 'sources:import', 'sources:report'],
    leader: ['sources:read'],
    division_officer: ['sources:read'],
    city_officer: ['sources:read', 'sources:write', 'sources:report'],
    analyst: ['sources:read', 'sources:write', 'sources:import', 'sources:report'],
    inspector: ['sources:read'],
    enterprise_user: ['sources:read', 'sources:report'],
  });
}

// GB/T 4754-2017 classes (小类) of the industries a Guangxi register holds; admins add more in the dictionary.
const INDUSTRY_CLASSES: [string, string, string, string][] = [
  ['0313', 'A', '猪的饲养', 'Pig farming'],
  ['1340', 'C', '制糖业', 'Sugar manufacturing'],
  ['1713', 'C', '棉印染精加工', 'Cotton printing and dyeing'],
  ['2211', 'C', '木竹浆制造', 'Wood and bamboo pulp'],
  ['2212', 'C', '非木竹浆制造', 'Non-wood pulp'],
  ['2221', 'C', '机制纸及纸板制造', 'Machine-made paper and paperboard'],
  ['2511', 'C', '原油加工及石油制品制造', 'Crude oil processing'],
  ['2611', 'C', '无机酸制造', 'Inorganic acids'],
  ['2612', 'C', '无机碱制造', 'Inorganic alkalis'],
  ['2613', 'C', '无机盐制造', 'Inorganic salts'],
  ['2614', 'C', '有机化学原料制造', 'Organic chemical raw materials'],
  ['2619', 'C', '其他基础化学原料制造', 'Other basic chemical raw materials'],
  ['2621', 'C', '氮肥制造', 'Nitrogen fertilisers'],
  ['2631', 'C', '化学农药制造', 'Chemical pesticides'],
  ['2710', 'C', '化学药品原料药制造', 'Chemical APIs'],
  ['3011', 'C', '水泥制造', 'Cement'],
  ['3012', 'C', '石灰和石膏制造', 'Lime and gypsum'],
  ['3110', 'C', '炼铁', 'Iron making'],
  ['3120', 'C', '炼钢', 'Steel making'],
  ['3211', 'C', '铜冶炼', 'Copper smelting'],
  ['3212', 'C', '铅锌冶炼', 'Lead and zinc smelting'],
  ['3213', 'C', '镍钴冶炼', 'Nickel and cobalt smelting'],
  ['3214', 'C', '锡冶炼', 'Tin smelting'],
  ['3215', 'C', '锑冶炼', 'Antimony smelting'],
  ['3216', 'C', '铝冶炼', 'Aluminium smelting'],
  ['3360', 'C', '金属表面处理及热处理加工', 'Metal surface treatment (plating)'],
  ['4411', 'D', '火力发电', 'Thermal power'],
  ['4412', 'D', '热电联产', 'Combined heat and power'],
  ['4417', 'D', '生物质能发电', 'Biomass power (incl. waste incineration)'],
  ['4430', 'D', '热力生产和供应', 'Heat production and supply'],
  ['4620', 'D', '污水处理及其再生利用', 'Wastewater treatment and reuse'],
  ['7723', 'N', '固体废物治理', 'Solid waste treatment'],
  ['7724', 'N', '危险废物治理', 'Hazardous waste treatment'],
  ['7820', 'N', '环境卫生管理', 'Sanitation management'],
];

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('dictionary_entries').where('dict_code', '=', 'industry_class').execute();
  await db.deleteFrom('dictionaries').where('code', '=', 'industry_class').execute();
  for (const t of [
    'report_deadline_overrides',
    'execution_reports',
    'permit_documents',
    'permit_events',
    'permit_limits',
    'permits',
    'outlets',
    'enterprises',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}

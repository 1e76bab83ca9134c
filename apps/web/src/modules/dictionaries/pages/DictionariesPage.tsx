import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import type { DictEntry } from '@ecocloud/contracts';
import { App, Button, Card, Col, Empty, Input, Row, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale-context';
import { hasPermission, useSession } from '../../auth/shared';
import { exportUrl } from '../api';
import { DictionaryList } from '../components/DictionaryList';
import { EntriesTable } from '../components/EntriesTable';
import { EntryFormModal } from '../components/EntryFormModal';
import { ImportModal } from '../components/ImportModal';
import { useDeleteEntry, useDictionaries, useEntries } from '../hooks/useDictionaries';
import { PageHeader } from '../../../ui/PageHeader';
import type { SortQuery } from '../../../ui/table-query';

const FIRST_PAGE = { page: 1, pageSize: 20 };

/** Dictionaries on the left; the chosen one's entries with search, CRUD, export and import. */
export function DictionariesPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const { me } = useSession();
  const canWrite = hasPermission(me, 'dictionaries:write');
  const dictionaries = useDictionaries();
  const [chosen, setChosen] = useState<string | null>(null);
  const [paging, setPaging] = useState(FIRST_PAGE);
  const [sort, setSort] = useState<SortQuery>({});
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<{ entry: DictEntry | null } | null>(null);
  const [importing, setImporting] = useState(false);

  const list = dictionaries.data?.items ?? [];
  const code = chosen ?? list[0]?.code ?? null; // open the first dictionary until the user picks one
  const dict = list.find((d) => d.code === code);
  const entries = useEntries(code, { ...paging, ...sort, q: q || undefined });
  const remove = useDeleteEntry(code ?? '');

  return (
    <>
      <PageHeader title={t('dict.title')} />
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Card title={t('dict.list')} loading={dictionaries.isPending} styles={{ body: { padding: 0 } }}>
            <DictionaryList
              dictionaries={list}
              selected={code}
              onSelect={(next) => {
                setChosen(next);
                setPaging(FIRST_PAGE);
                setSort({});
                setQ('');
              }}
            />
          </Card>
        </Col>
        <Col xs={24} md={18}>
          {code && dict ? (
            <Card
              title={locale === 'en' ? dict.nameEn : dict.name}
              extra={
                <Space wrap>
                  <Input.Search
                    key={code}
                    allowClear
                    placeholder={t('dict.searchPlaceholder')}
                    onSearch={(v) => {
                      setQ(v.trim());
                      setPaging(FIRST_PAGE);
                    }}
                    style={{ width: 220 }}
                  />
                  <Button icon={<DownloadOutlined />} href={exportUrl(code, 'csv')} download>
                    {t('dict.exportCsv')}
                  </Button>
                  <Button icon={<DownloadOutlined />} href={exportUrl(code, 'xlsx')} download>
                    {t('dict.exportXlsx')}
                  </Button>
                  {canWrite ? (
                    <>
                      <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
                        {t('dict.import')}
                      </Button>
                      <Button
                        data-testid="entry-create"
                        type="primary"
                        icon={<PlusOutlined />}
                        onClick={() => setEditing({ entry: null })}
                      >
                        {t('dict.createEntry')}
                      </Button>
                    </>
                  ) : null}
                </Space>
              }
            >
              <EntriesTable
                entries={entries.data?.items ?? []}
                total={entries.data?.total ?? 0}
                loading={entries.isFetching}
                page={paging.page}
                pageSize={paging.pageSize}
                sort={sort}
                canWrite={canWrite}
                onPage={(page, pageSize, nextSort) => {
                  setPaging({ page, pageSize });
                  setSort(nextSort);
                }}
                onEdit={(entry) => setEditing({ entry })}
                onDelete={(entry) =>
                  remove.mutate(entry.id, { onSuccess: () => void message.success(t('dict.deleted')) })
                }
              />
              <EntryFormModal
                dictCode={code}
                open={editing !== null}
                entry={editing?.entry ?? null}
                onClose={() => setEditing(null)}
                onSaved={(msg) => void message.success(msg)}
              />
              <ImportModal
                dictCode={code}
                dictName={locale === 'en' ? dict.nameEn : dict.name}
                open={importing}
                onClose={() => setImporting(false)}
                onApplied={(count) => void message.success(t('dict.applied', { count }))}
              />
            </Card>
          ) : (
            <Card>{dictionaries.isPending ? null : <Empty />}</Card>
          )}
        </Col>
      </Row>
    </>
  );
}

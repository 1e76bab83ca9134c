import type { ObjectionView, RatingDetail } from '@ecocloud/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Radio, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { hasPermission, useSession } from '../../auth/shared';
import { decideObjection, fetchRating, fileObjection } from './api';
import { LevelTag } from './levels';

type Row = RatingDetail['indicators'][number] & { area: string; name: string };

/** Decides one open objection: upheld (with or without the vetoes) or rejected, with the reasons. */
function DecideForm({
  o,
  rating,
  onDone,
}: {
  o: ObjectionView;
  rating: RatingDetail;
  onDone: (r: RatingDetail) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ upheld: boolean; decision: string; dropVetoes: boolean }>();
  const decide = useMutation({
    mutationFn: (v: { upheld: boolean; decision: string; dropVetoes: boolean }) =>
      decideObjection(o.id, {
        upheld: v.upheld,
        decision: v.decision,
        ...(v.upheld && v.dropVetoes ? { vetoes: [] } : {}),
      }),
    onSuccess: onDone,
  });
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ upheld: true, dropVetoes: rating.vetoes.length > 0 }}
      onFinish={(v) => decide.mutate(v)}
    >
      <Form.Item name="upheld" label={t('creditRating.objection.result')}>
        <Radio.Group
          options={[
            { value: true, label: t('creditRating.objection.upheld') },
            { value: false, label: t('creditRating.objection.rejected') },
          ]}
        />
      </Form.Item>
      {rating.vetoes.length > 0 ? (
        <Form.Item name="dropVetoes" label={t('creditRating.objection.dropVetoes')}>
          <Radio.Group
            options={[
              { value: true, label: t('creditRating.yes') },
              { value: false, label: t('creditRating.no') },
            ]}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="decision" label={t('creditRating.objection.decision')} rules={[{ required: true, min: 2 }]}>
        <Input.TextArea rows={2} data-testid="objection-decision" />
      </Form.Item>
      <Button htmlType="submit" type="primary" loading={decide.isPending} data-testid="objection-decide">
        {t('creditRating.objection.decide')}
      </Button>
    </Form>
  );
}

/** /app/credit/rating/:id — an enterprise's rating: indicators, vetoes, level, joint punishment, objections. */
export function RatingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useSession();
  const client = useQueryClient();
  const rating = useQuery({ queryKey: ['credit', 'rating', id], queryFn: () => fetchRating(id) });
  const set = (r: RatingDetail) => client.setQueryData(['credit', 'rating', id], r);
  const [form] = Form.useForm<{ text: string }>();
  const object = useMutation({ mutationFn: (text: string) => fileObjection(id, text), onSuccess: set });
  const r = rating.data;
  if (!r) return <PageHeader title={t('creditRating.rating.title')} />;
  const byCode = new Map(r.scheme.indicators.map((i) => [i.code, i]));
  const rows: Row[] = r.indicators.map((i) => ({
    ...i,
    area: byCode.get(i.code)!.area,
    name: byCode.get(i.code)!.name,
  }));
  const canDecide = hasPermission(me, 'credit:review') && (r.runStatus === 'objections' || r.runStatus === 'review');
  return (
    <>
      <PageHeader title={t('creditRating.rating.heading', { name: r.enterpriseName, year: r.year })} />
      <Space direction="vertical" style={{ width: '100%' }} size={16}>
        <Card>
          <Descriptions column={{ xs: 1, md: 3 }} size="small">
            <Descriptions.Item label={t('creditRating.uscc')}>{r.uscc}</Descriptions.Item>
            <Descriptions.Item label={t('creditRating.total')}>{r.total}</Descriptions.Item>
            <Descriptions.Item label={t('creditRating.level')}>
              <Space size={4}>
                <LevelTag level={r.level} t={t} />
                {r.jointPunishment ? (
                  <Tag color="volcano" data-testid="joint-punishment">
                    {t('creditRating.joint')}
                  </Tag>
                ) : null}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('creditRating.rating.scoredLevel')}>
              <LevelTag level={r.scoredLevel} t={t} />
            </Descriptions.Item>
            <Descriptions.Item label={t('creditRating.runs.status')}>
              {t(`creditRating.status.${r.runStatus}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('creditRating.rating.reasons')}>
              {r.reasons.map((x) => t(`creditRating.reasons.${x}`)).join('、')}
            </Descriptions.Item>
          </Descriptions>
          {r.vetoes.length > 0 ? (
            <Alert
              type="error"
              showIcon
              data-testid="rating-vetoes"
              message={t('creditRating.rating.vetoed')}
              description={r.vetoes
                .map((v) =>
                  t(`creditRating.vetoes.${v}`, { defaultValue: r.scheme.vetoes.find((x) => x.code === v)?.name ?? v }),
                )
                .join('；')}
            />
          ) : null}
          {r.scheme.unverified ? (
            <Typography.Paragraph type="secondary">{t('creditRating.unverified')}</Typography.Paragraph>
          ) : null}
        </Card>
        <Card title={t('creditRating.rating.indicators')}>
          <Table<Row>
            rowKey="code"
            size="small"
            dataSource={rows}
            pagination={false}
            data-testid="indicators-table"
            columns={[
              {
                title: t('creditRating.rating.area'),
                key: 'area',
                render: (_, x) => t(`creditRating.areas.${x.area}`),
              },
              {
                title: t('creditRating.rating.indicator'),
                key: 'name',
                render: (_, x) => t(`creditRating.indicators.${x.code}`, { defaultValue: x.name }),
              },
              {
                title: t('creditRating.rating.points'),
                key: 'points',
                render: (_, x) => `${x.points} / ${x.maxPoints}`,
              },
              {
                title: t('creditRating.rating.value'),
                key: 'value',
                render: (_, x) => (x.value === null ? '—' : x.value),
              },
              {
                title: t('creditRating.rating.filledBy'),
                key: 'by',
                render: (_, x) => t(`creditRating.filledBy.${x.filledBy}`),
              },
            ]}
          />
        </Card>
        <Card title={t('creditRating.objection.title')}>
          {r.objections.length === 0 ? (
            <Typography.Text type="secondary">{t('creditRating.objection.none')}</Typography.Text>
          ) : null}
          {r.objections.map((o) => (
            <Card key={o.id} size="small" style={{ marginBottom: 12 }} data-testid={`objection-${o.status}`}>
              <Typography.Paragraph>{o.text}</Typography.Paragraph>
              <Space wrap>
                <Tag>{t(`creditRating.objection.status.${o.status}`)}</Tag>
                <span>{t('creditRating.objection.filedOn', { day: o.filedOn })}</span>
                {o.levelAfter ? (
                  <span>
                    <LevelTag level={o.levelBefore} t={t} />→<LevelTag level={o.levelAfter} t={t} />
                  </span>
                ) : null}
              </Space>
              {o.decision ? <Typography.Paragraph type="secondary">{o.decision}</Typography.Paragraph> : null}
              {o.status === 'open' && canDecide ? <DecideForm o={o} rating={r} onDone={set} /> : null}
            </Card>
          ))}
          {r.canObject ? (
            <Form form={form} layout="vertical" onFinish={(v) => object.mutate(v.text)}>
              <Form.Item
                name="text"
                label={t('creditRating.objection.file', { until: r.objectionsUntil })}
                rules={[{ required: true, min: 5 }]}
              >
                <Input.TextArea rows={3} data-testid="objection-text" />
              </Form.Item>
              <Button htmlType="submit" type="primary" loading={object.isPending} data-testid="objection-submit">
                {t('creditRating.objection.submit')}
              </Button>
            </Form>
          ) : null}
        </Card>
      </Space>
    </>
  );
}

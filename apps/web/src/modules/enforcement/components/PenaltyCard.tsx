import type { CaseDetail } from '@ecocloud/contracts';
import { Alert, App, Button, Card, Col, Divider, Form, Input, Row, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useSession } from '../../auth/shared';
import { caseErrorText } from '../error-text';
import { useAssessPenalty } from '../hooks/useCases';
import { tableText, violationText, yuanText } from '../labels';
import {
  inputsFromPenalty,
  inputsOf,
  isDecimalText,
  jurisdictionOf,
  penaltyInputs,
  tablesFor,
  type PenaltyInput,
} from '../penalty-form';
import { shanghaiToday } from '../today';
import { PenaltyResult } from './PenaltyResult';

/** Stages after which the fine is fixed (the server refuses a new assessment). */
const FIXED = new Set(['decided', 'served', 'paid', 'overdue', 'enforced', 'closed', 'not_filed', 'terminated']);

type Values = { table: string; decisionDate: string } & Record<string, string | undefined>;

function InputField({ input }: { input: PenaltyInput }) {
  const { t } = useTranslation();
  const hint = t(`enforcement.inputHints.${input.key}`, { defaultValue: '' });
  return (
    <Form.Item
      name={input.key}
      label={t(`enforcement.inputs.${input.key}`, { defaultValue: input.key })}
      extra={hint || undefined}
      rules={
        input.kind === 'number'
          ? [
              {
                validator: (_, v?: string) =>
                  !v || isDecimalText(v, input.integer)
                    ? Promise.resolve()
                    : Promise.reject(
                        new Error(t(input.integer ? 'enforcement.penalty.integer' : 'enforcement.penalty.number')),
                      ),
              },
            ]
          : []
      }
    >
      {input.kind === 'choice' ? (
        <Select
          allowClear
          data-testid={`penalty-input-${input.key}`}
          options={input.options.map((o) => ({
            value: o,
            label: t(`enforcement.inputValues.${input.key}.${o}`, { defaultValue: o }),
          }))}
        />
      ) : (
        <Input inputMode={input.integer ? 'numeric' : 'decimal'} data-testid={`penalty-input-${input.key}`} />
      )}
    </Form.Item>
  );
}

/**
 * 罚款裁量: the jurisdiction's tables for the case's violation (those of @ecocloud/standards, as the server's),
 * the facts each table weighs, and the result the server computes and keeps with the case. Until the
 * decision an officer (enforcement:write) may assess again; afterwards the result only.
 */
export function PenaltyCard({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me } = useSession();
  const [form] = Form.useForm<Values>();
  const assess = useAssessPenalty(detail.id);
  const jurisdiction = jurisdictionOf(detail.jurisdiction);
  const tables = useMemo(
    () => tablesFor(detail.jurisdiction, detail.violation),
    [detail.jurisdiction, detail.violation],
  );
  const chosenId = Form.useWatch('table', form) as string | undefined;
  const initialTable = tables.find((x) => x.id === detail.penalty?.table) ?? tables[0];
  const table = tables.find((x) => x.id === (chosenId ?? initialTable?.id));
  const inputs = table ? inputsOf(table, jurisdiction) : [];
  const editable = hasPermission(me, 'enforcement:write') && !FIXED.has(detail.state);
  const usedTable = tables.find((x) => x.id === detail.penalty?.table);

  const submit = async (v: Values) => {
    const result = await assess.mutateAsync({
      table: v.table,
      decisionDate: v.decisionDate,
      inputs: penaltyInputs(v, inputs),
    });
    void message.success(t('enforcement.penalty.computed', { amount: yuanText(result.penalty?.fineYuan, t) }));
  };

  const form$ = !jurisdiction ? (
    <Alert type="info" showIcon title={t('enforcement.penalty.noJurisdiction')} />
  ) : tables.length === 0 ? (
    <Alert
      type="info"
      showIcon
      title={t('enforcement.penalty.noTables', { violation: violationText(detail.violation, t) })}
      data-testid="penalty-no-tables"
    />
  ) : (
    <>
      {tables.some((x) => !x.verified) ? (
        <Alert type="warning" showIcon title={t('enforcement.penalty.unverifiedTables')} style={{ marginBottom: 12 }} />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => submit(v).catch(() => undefined)} // the alert below says why
        disabled={assess.isPending}
        initialValues={{
          table: initialTable?.id,
          decisionDate: shanghaiToday(),
          ...(detail.penalty ? inputsFromPenalty(detail.penalty, usedTable) : {}),
        }}
      >
        <Row gutter={12}>
          <Col xs={24} md={16}>
            <Form.Item
              name="table"
              label={t('enforcement.penalty.table')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select
                data-testid="penalty-table"
                placeholder={t('enforcement.penalty.tablePlaceholder')}
                options={tables.map((x) => ({ value: x.id, label: tableText(x.id, t, x.name) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="decisionDate"
              label={t('enforcement.penalty.decisionDate')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Input type="date" data-testid="penalty-decision-date" />
            </Form.Item>
          </Col>
          {inputs.map((input) => (
            <Col xs={24} md={12} key={input.key}>
              <InputField input={input} />
            </Col>
          ))}
        </Row>
        <Button type="primary" htmlType="submit" loading={assess.isPending} data-testid="penalty-submit">
          {detail.penalty ? t('enforcement.penalty.recompute') : t('enforcement.penalty.submit')}
        </Button>
      </Form>
      {assess.error ? (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          title={t('enforcement.penalty.refused')}
          description={caseErrorText(assess.error, t)}
          data-testid="penalty-error"
        />
      ) : null}
    </>
  );

  return (
    <Card title={t('enforcement.penalty.title')} size="small" style={{ marginBottom: 16 }} data-testid="penalty-card">
      {editable ? (
        form$
      ) : FIXED.has(detail.state) ? (
        <Typography.Paragraph type="secondary">{t('enforcement.penalty.fixed')}</Typography.Paragraph>
      ) : null}
      {detail.penalty ? (
        <>
          {editable ? <Divider titlePlacement="start">{t('enforcement.penalty.result')}</Divider> : null}
          <PenaltyResult penalty={detail.penalty} table={usedTable} />
        </>
      ) : !editable ? (
        <Typography.Text type="secondary">{t('enforcement.penalty.notAssessed')}</Typography.Text>
      ) : null}
    </Card>
  );
}

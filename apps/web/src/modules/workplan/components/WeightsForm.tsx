import { App, Button, Form, InputNumber, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUpdateWeights } from '../hooks/usePlans';
import type { AssessmentWeights, Plan } from '../types';

const PARTS = ['completion', 'timeliness', 'attainment'] as const;

/** The plan's assessment weights (percent each); a component with nothing to judge drops out on the server. */
export function WeightsForm({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useUpdateWeights();
  return (
    <Form<AssessmentWeights>
      key={plan.id}
      layout="inline"
      initialValues={plan.weights}
      data-testid="weights-form"
      onFinish={(weights) =>
        save.mutate(
          { planId: plan.id, weights },
          { onSuccess: () => void message.success(t('workplan.assessment.weightsSaved')) },
        )
      }
    >
      <Space wrap>
        <span>{t('workplan.assessment.weights')}</span>
        {PARTS.map((part) => (
          <Form.Item
            key={part}
            name={part}
            label={t(`workplan.assessment.${part}`)}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <InputNumber data-testid={`weight-${part}`} min={0} max={100} style={{ width: 80 }} />
          </Form.Item>
        ))}
        <Button htmlType="submit" loading={save.isPending} data-testid="weights-save">
          {t('workplan.assessment.saveWeights')}
        </Button>
      </Space>
    </Form>
  );
}

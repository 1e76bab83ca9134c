import type { ProblemDetail } from '@ecocloud/contracts';
import { Alert, App, Button, Card, Form, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemForm } from '../components/ProblemForm';
import { rectificationErrorText } from '../error-text';
import { useCreateProblem, useProblem, useUpdateProblem } from '../hooks/useRectification';
import { formValuesOf, serverFieldErrors, toProblemBody, type ProblemFormValues } from '../problem-form-values';

/**
 * /app/rectification/problems/new?batchId= and /app/rectification/problems/:id/edit — a problem with its plan
 * from the web. A refusal is shown on the fields the server names, in the user's language.
 */
export function ProblemFormPage() {
  const { id } = useParams();
  return id ? <EditProblem id={id} /> : <ProblemFormView detail={null} />;
}

function EditProblem({ id }: { id: string }) {
  const existing = useProblem(id);
  if (existing.isPending) return <Skeleton active />;
  return <ProblemFormView detail={existing.data} />;
}

/** `null`: a new problem; `undefined`: the problem to edit was not found (or lies outside the scope). */
function ProblemFormView({ detail }: { detail: ProblemDetail | null | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<ProblemFormValues>();
  const create = useCreateProblem();
  const update = useUpdateProblem(detail?.id ?? '');
  const write = detail ? update : create;
  const back = () => void navigate(detail ? `/app/rectification/problems/${detail.id}` : '/app/rectification/problems');
  if (detail === undefined)
    return <Result status="404" title={t('rectification.problem.notFound')} data-testid="problem-not-found" />;
  const monitoring = detail?.monitoring
    ? { stationCode: detail.monitoring.stationCode, requiredClass: detail.monitoring.requiredClass }
    : null;
  const submit = (values: ProblemFormValues) =>
    write.mutate(toProblemBody(values, monitoring), {
      onSuccess: (saved) => {
        void message.success(t('rectification.form.saved'));
        void navigate(`/app/rectification/problems/${saved.id}`);
      },
      onError: (error) => form.setFields(serverFieldErrors(error, t)),
    });
  const initialValues = detail
    ? formValuesOf(detail)
    : { batchId: params.get('batchId') ?? undefined, horizon: 'short' as const, isPublic: true };
  const fieldRefusal = serverFieldErrors(write.error, t).length > 0;
  return (
    <>
      <PageHeader
        title={t(detail ? 'rectification.form.editTitle' : 'rectification.form.createTitle')}
        extra={<Button onClick={back}>{t('common.cancel')}</Button>}
      />
      <Typography.Paragraph type="secondary">{t('rectification.form.intro')}</Typography.Paragraph>
      <Card>
        {write.error ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={fieldRefusal ? t('rectification.form.fixFields') : rectificationErrorText(write.error, t)}
            data-testid="problem-form-error"
          />
        ) : null}
        <ProblemForm
          form={form}
          initialValues={initialValues}
          isEdit={Boolean(detail)}
          saving={write.isPending}
          onSubmit={submit}
        />
      </Card>
    </>
  );
}

import { COMPLAINT_KINDS, type PublicComplaintStatus } from '@ecocloud/contracts';
import { Alert, Button, Card, Checkbox, Descriptions, Form, Input, Result, Select, Space, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { regionNamesByCode } from '../../ui/map/province-geo';
import { useProvinceGeo } from '../../ui/map/useProvinceGeo';
import { askReReview, askReview, fileReport, lookupReport, rateReport, type PublicComplaintInput } from './api';
import { complaintErrorText } from './error-text';
import { HandoverPublication } from './handover-publication';

const MAX_PHOTO_BYTES = 1_000_000;
const narrow = { maxWidth: 560, margin: '0 auto', width: '100%' } as const;

const readPhoto = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

type Values = {
  kind: string;
  description: string;
  regionCode: string;
  address: string;
  occurredOn?: string;
  anonymous: boolean;
  name?: string;
  phone?: string;
};

/** /portal/report — the public report form, one column for a phone: what, where, when, photos, contact or anonymous. */
export function PortalReportPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const geo = useProvinceGeo();
  const regions = useMemo(
    () => (geo.data ? [...regionNamesByCode(geo.data)].map(([value, label]) => ({ value, label })) : []),
    [geo.data],
  );
  const [point, setPoint] = useState<{ lon: number; lat: number } | null>(null);
  const [photos, setPhotos] = useState<string[]>([]);
  const photoInput = useRef<HTMLInputElement>(null);
  const anonymous = Form.useWatch('anonymous', form);
  const file = useMutation({ mutationFn: (b: PublicComplaintInput) => fileReport(b), meta: { silent: true } });

  if (file.data)
    return (
      <div style={narrow}>
        <Result
          status="success"
          title={t('complaints.portal.received')}
          subTitle={
            <Space orientation="vertical">
              {t('complaints.portal.keepCode')}
              <Typography.Title level={3} copyable data-testid="tracking-code" translate="no">
                {file.data.trackingCode}
              </Typography.Title>
              <Link to={`/portal/track?code=${file.data.trackingCode}`}>{t('complaints.portal.trackTitle')}</Link>
            </Space>
          }
        />
      </div>
    );
  return (
    <div style={narrow}>
      <Typography.Title level={3}>{t('complaints.portal.reportTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('complaints.portal.reportIntro')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'odour', anonymous: false }}
        onFinish={(v) =>
          file.mutate({
            kind: v.kind as PublicComplaintInput['kind'],
            description: v.description,
            regionCode: v.regionCode,
            address: v.address,
            lon: point?.lon ?? null,
            lat: point?.lat ?? null,
            occurredOn: v.occurredOn || null,
            photos,
            reporter: v.anonymous || !v.name ? null : { name: v.name, ...(v.phone ? { phone: v.phone } : {}) },
          })
        }
      >
        <Form.Item name="kind" label={t('complaints.form.kind')}>
          <Select
            data-testid="report-kind"
            options={COMPLAINT_KINDS.map((k) => ({ value: k, label: t(`complaints.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('complaints.form.description')}
          rules={[{ required: true, min: 5, max: 2000 }]}
        >
          <Input.TextArea rows={4} data-testid="report-description" />
        </Form.Item>
        <Form.Item name="regionCode" label={t('complaints.form.regionCode')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={regions}
            loading={geo.isPending}
            data-testid="report-region"
          />
        </Form.Item>
        <Form.Item name="address" label={t('complaints.form.address')} rules={[{ required: true, min: 2, max: 300 }]}>
          <Input data-testid="report-address" />
        </Form.Item>
        <Form.Item>
          <Button
            block
            onClick={() =>
              navigator.geolocation?.getCurrentPosition((p) =>
                setPoint({
                  lon: Math.round(p.coords.longitude * 1e5) / 1e5,
                  lat: Math.round(p.coords.latitude * 1e5) / 1e5,
                }),
              )
            }
          >
            {point ? `${t('complaints.portal.located')} ${point.lon}, ${point.lat}` : t('complaints.portal.locate')}
          </Button>
        </Form.Item>
        <Form.Item name="occurredOn" label={t('complaints.form.occurredOn')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item label={t('complaints.portal.photos')}>
          {/* The native picker's own words follow the browser's language: a button in the page's words opens it. */}
          <input
            ref={photoInput}
            type="file"
            accept="image/jpeg,image/png,image/webp"
            multiple
            hidden
            data-testid="report-photos"
            onChange={async (e) => {
              const files = [...(e.target.files ?? [])].filter((f) => f.size <= MAX_PHOTO_BYTES).slice(0, 3);
              setPhotos(await Promise.all(files.map(readPhoto)));
            }}
          />
          <Button block onClick={() => photoInput.current?.click()}>
            {photos.length ? `${t('complaints.portal.addPhoto')}（${photos.length}）` : t('complaints.portal.addPhoto')}
          </Button>
        </Form.Item>
        <Card size="small" title={t('complaints.portal.contact')} style={{ marginBottom: 16 }}>
          <Form.Item name="anonymous" valuePropName="checked">
            <Checkbox data-testid="report-anonymous">{t('complaints.form.anonymous')}</Checkbox>
          </Form.Item>
          {anonymous ? null : (
            <>
              <Form.Item name="name" label={t('complaints.form.reporterName')}>
                <Input data-testid="report-name" />
              </Form.Item>
              <Form.Item name="phone" label={t('complaints.form.reporterPhone')}>
                <Input type="tel" data-testid="report-phone" />
              </Form.Item>
            </>
          )}
        </Card>
        {file.error ? (
          <Alert type="error" showIcon title={complaintErrorText(file.error, t)} style={{ marginBottom: 16 }} />
        ) : null}
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={file.isPending}
          data-testid="report-submit"
        >
          {t('complaints.portal.submit')}
        </Button>
      </Form>
    </div>
  );
}

function StatusCard({
  status,
  onChange,
}: {
  status: PublicComplaintStatus;
  onChange: (s: PublicComplaintStatus) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const rate = useMutation({
    mutationFn: (ok: boolean) => rateReport(status.trackingCode, ok),
    onSuccess: onChange,
    meta: { silent: true },
  });
  // 复查 after the answer, 复核 after the 复查 opinion: the same reason box, the open one of the two.
  const reReview = status.canRequestReReview;
  const review = useMutation({
    mutationFn: () => (reReview ? askReReview : askReview)(status.trackingCode, reason),
    onSuccess: onChange,
    meta: { silent: true },
  });
  return (
    <Card data-testid="track-status">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('complaints.portal.status')}>
          <span data-testid="track-state">{t(`complaints.states.${status.state}`)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('complaints.form.kind')}>{t(`complaints.kinds.${status.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.portal.receivedOn')}>{status.receivedOn}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.portal.acceptedOn')}>{status.acceptedOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.portal.repliedOn')}>{status.repliedOn ?? '—'}</Descriptions.Item>
      </Descriptions>
      {status.merged ? (
        <Alert type="info" showIcon title={t('complaints.portal.merged')} style={{ marginBottom: 12 }} />
      ) : null}
      {status.referral ? <Alert type="info" showIcon title={status.referral} style={{ marginBottom: 12 }} /> : null}
      {status.publishedAnswer ? (
        <Card size="small" title={t('complaints.portal.answer')} style={{ marginBottom: 12 }}>
          <Typography.Paragraph data-testid="track-answer">{status.publishedAnswer}</Typography.Paragraph>
        </Card>
      ) : null}
      {status.reviewAnswer ? (
        <Card size="small" title={t('complaints.portal.reviewAnswer')}>
          {status.reviewAnswer}
        </Card>
      ) : null}
      {status.reReviewAnswer ? (
        <Card size="small" title={t('complaints.portal.reReviewAnswer')} data-testid="track-rereview-answer">
          {status.reReviewAnswer}
        </Card>
      ) : null}
      {status.canRate ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>{t('complaints.portal.rate')}</Typography.Text>
          <Space>
            <Button
              type="primary"
              onClick={() => rate.mutate(true)}
              loading={rate.isPending}
              data-testid="rate-satisfied"
            >
              {t('complaints.portal.satisfied')}
            </Button>
            <Button onClick={() => rate.mutate(false)} loading={rate.isPending} data-testid="rate-unsatisfied">
              {t('complaints.portal.unsatisfied')}
            </Button>
          </Space>
        </Space>
      ) : status.satisfaction ? (
        <Alert type="success" showIcon title={t('complaints.portal.thanks')} data-testid="track-rated" />
      ) : null}
      {status.canRequestReview || reReview ? (
        <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }}>
          <Input.TextArea
            rows={3}
            placeholder={t(reReview ? 'complaints.portal.reReviewReason' : 'complaints.portal.reviewReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <Button onClick={() => review.mutate()} disabled={reason.trim().length < 5} loading={review.isPending}>
            {t(reReview ? 'complaints.portal.askReReview' : 'complaints.portal.askReview')}
          </Button>
        </Space>
      ) : null}
      {rate.error || review.error ? (
        <Alert type="error" showIcon title={complaintErrorText(rate.error ?? review.error, t)} />
      ) : null}
    </Card>
  );
}

/** /portal/track?code= — the status and published answer of one report by its tracking code; rating and 复查. */
export function PortalTrackPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [status, setStatus] = useState<PublicComplaintStatus | null>(null);
  const lookup = useMutation({ mutationFn: lookupReport, onSuccess: setStatus, meta: { silent: true } });
  const go = (c: string) => {
    setStatus(null);
    setParams({ code: c });
    lookup.mutate(c.trim());
  };
  return (
    <div style={narrow}>
      <Typography.Title level={3}>{t('complaints.portal.trackTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('complaints.portal.trackIntro')}</Typography.Paragraph>
      <Space.Compact style={{ width: '100%', marginBottom: 16 }}>
        <Input
          value={code}
          maxLength={20}
          placeholder={t('complaints.portal.code')}
          onChange={(e) => setCode(e.target.value)}
          onPressEnter={() => go(code)}
          data-testid="track-code"
        />
        <Button type="primary" onClick={() => go(code)} loading={lookup.isPending} data-testid="track-lookup">
          {t('complaints.portal.lookup')}
        </Button>
      </Space.Compact>
      {lookup.isError ? (
        <Alert type="warning" showIcon title={t('complaints.portal.notFound')} data-testid="track-not-found" />
      ) : null}
      {status ? <StatusCard status={status} onChange={setStatus} /> : null}
      <HandoverPublication />
    </div>
  );
}

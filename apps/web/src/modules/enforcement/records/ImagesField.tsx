import { Button, Card, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftAttachment } from './draft-store';
import { ImageRefused, readImage } from './image-file';

type Props = {
  kind: DraftAttachment['kind'];
  title: string;
  addLabel: string;
  /** Photos: several, from the camera; signatures: one image each. */
  multiple: boolean;
  attachments: DraftAttachment[];
  onChange: (attachments: DraftAttachment[]) => void;
};

/** Photos (the back camera on a phone) or a signature image, kept in the draft as data URLs. */
export function ImagesField({ kind, title, addLabel, multiple, attachments, onChange }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState(false);
  const mine = attachments.filter((a) => a.kind === kind);
  const others = attachments.filter((a) => a.kind !== kind);
  const add = async (files: FileList | null) => {
    if (!files?.length) return;
    setRefused(false);
    const read: DraftAttachment[] = [];
    for (const file of Array.from(files))
      try {
        read.push(await readImage(file, kind));
      } catch (e) {
        if (e instanceof ImageRefused) setRefused(true);
        else throw e;
      }
    onChange([...others, ...(multiple ? [...mine, ...read] : read.slice(-1))]);
    if (input.current) input.current.value = '';
  };
  return (
    <Card size="small" title={title} data-testid={`record-images-${kind}`}>
      <Space wrap size={8}>
        {mine.map((a, n) => (
          <div key={`${a.fileName}-${n}`} style={{ textAlign: 'center' }}>
            <img
              src={a.dataUrl}
              alt={a.fileName}
              style={{ width: 96, height: 96, objectFit: 'cover', borderRadius: 6, display: 'block' }}
            />
            <Button
              type="link"
              danger
              onClick={() => onChange([...others, ...mine.filter((_, i) => i !== n)])}
              data-testid={`record-image-remove-${kind}-${n}`}
            >
              {t('enforcement.records.remove')}
            </Button>
          </div>
        ))}
      </Space>
      <input
        ref={input}
        type="file"
        accept="image/*"
        {...(kind === 'photo' ? { capture: 'environment' as const, multiple: true } : {})}
        style={{ display: 'none' }}
        onChange={(e) => void add(e.target.files)}
        data-testid={`record-file-${kind}`}
      />
      <Button size="large" block style={{ marginTop: 8 }} onClick={() => input.current?.click()}>
        {addLabel}
      </Button>
      {refused ? (
        <Typography.Text type="danger" data-testid={`record-image-refused-${kind}`}>
          {t('enforcement.records.imageRefused')}
        </Typography.Text>
      ) : null}
    </Card>
  );
}

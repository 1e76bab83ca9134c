import { Button, Card, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CRC_MODES } from '../hj212-codes';
import { useDecodeFrames } from '../hooks/useQuarantine';
import type { CrcMode } from '../types';
import { DecodedLinesTable } from './DecodedLinesTable';

/** A frame handed over from elsewhere (a quarantine row); `nonce` makes the same text re-open. */
export type InspectorSeed = { text: string; nonce: number };

/**
 * The HJ 212 packet inspector: paste one or more frames (with or without CR LF), pick the CRC
 * variant the logger uses, and see each frame decoded by the server's own decoder, including why
 * a bad one is rejected. Given a `seed`, it shows and decodes that text at once.
 */
export function PacketInspector({ seed }: { seed?: InspectorSeed | null }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [crcMode, setCrcMode] = useState<CrcMode>('hj212');
  const decode = useDecodeFrames();
  const { mutate } = decode;

  useEffect(() => {
    if (!seed) return;
    setText(seed.text);
    mutate({ text: seed.text, crcMode: 'hj212' });
  }, [seed, mutate]);

  const run = () => {
    if (text.trim() !== '') decode.mutate({ text, crcMode });
  };
  return (
    <Card size="small" title={t('monitoring.inspector.title')} data-testid="packet-inspector">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Input.TextArea
          data-testid="inspector-input"
          rows={5}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="##0101QN=…;ST=32;CN=1062;…&&1C80"
          style={{ fontFamily: 'monospace' }}
        />
        <Space wrap>
          <Select<CrcMode>
            value={crcMode}
            onChange={setCrcMode}
            style={{ width: 220 }}
            options={CRC_MODES.map((m) => ({ value: m, label: t(`monitoring.crcModes.${m}`) }))}
          />
          <Button
            type="primary"
            data-testid="inspector-decode"
            loading={decode.isPending}
            disabled={text.trim() === ''}
            onClick={run}
          >
            {t('monitoring.inspector.decode')}
          </Button>
        </Space>
        {decode.data ? <DecodedLinesTable lines={decode.data.lines} /> : null}
      </Space>
    </Card>
  );
}

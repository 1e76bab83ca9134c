import { Typography } from 'antd';

/** Pretty-printed JSON for audit before/after values; `null` and absent show as a dash. */
export function JsonBlock({ value, testId }: { value: unknown; testId?: string }) {
  const text = value === undefined || value === null ? '—' : JSON.stringify(value, null, 2);
  return (
    <Typography.Paragraph
      data-testid={testId}
      style={{
        margin: 0,
        whiteSpace: 'pre-wrap',
        fontFamily: 'monospace',
        fontSize: 12,
        maxHeight: 320,
        overflow: 'auto',
      }}
    >
      {text}
    </Typography.Paragraph>
  );
}

import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { Card, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { caseDocumentUrl } from '../api';
import { DOCUMENT_KINDS } from '../labels';

/** 执法文书: each document of the case as an editable Word file and as PDF (plain links: the cookie goes with them). */
export function DocumentsCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('enforcement.documents.title')}
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="documents-card"
    >
      <Typography.Paragraph type="secondary">{t('enforcement.documents.intro')}</Typography.Paragraph>
      <List
        size="small"
        dataSource={[...DOCUMENT_KINDS]}
        renderItem={(kind) => (
          <List.Item
            actions={[
              <a key="docx" href={caseDocumentUrl(caseId, kind, 'docx')} download data-testid={`document-${kind}-docx`}>
                <Space size={4}>
                  <FileWordOutlined />
                  {t('enforcement.documents.word')}
                </Space>
              </a>,
              <a key="pdf" href={caseDocumentUrl(caseId, kind, 'pdf')} download data-testid={`document-${kind}-pdf`}>
                <Space size={4}>
                  <FilePdfOutlined />
                  {t('enforcement.documents.pdf')}
                </Space>
              </a>,
            ]}
          >
            {t(`enforcement.documents.kinds.${kind}`)}
          </List.Item>
        )}
      />
    </Card>
  );
}

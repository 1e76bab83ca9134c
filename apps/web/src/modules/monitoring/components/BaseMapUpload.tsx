import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { PROVINCE_GEO_KEY } from '../../../ui/map/useProvinceGeo';
import { replaceBaseMap } from '../api';

/**
 * Replaces the province base map with a GeoJSON file (settings:write). The file is parsed here
 * only to refuse non-JSON early; the server checks that every feature id is a region code.
 */
export function BaseMapUpload() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const upload = useMutation({
    mutationFn: async (file: File) => replaceBaseMap(JSON.parse(await file.text()) as unknown),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: PROVINCE_GEO_KEY });
      void message.success(t('monitoring.map.replaced'));
    },
  });
  return (
    <Upload
      accept=".json,.geojson"
      showUploadList={false}
      beforeUpload={(file) => {
        upload.mutate(file, {
          onError: (e) => (e instanceof SyntaxError ? void message.error(t('monitoring.map.notJson')) : undefined),
        });
        return false;
      }}
    >
      <Button data-testid="base-map-upload" icon={<UploadOutlined />} loading={upload.isPending}>
        {t('monitoring.map.replace')}
      </Button>
    </Upload>
  );
}

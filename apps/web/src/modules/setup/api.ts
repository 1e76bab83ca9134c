import type { InitProvinceBody, InitProvinceResult, SetupStatus } from '@ecocloud/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../lib/http';
import { SESSION_KEY } from '../auth/shared';
import { PROVINCE_GEO_KEY } from '../../ui/map/useProvinceGeo';

const SETUP_KEY = ['setup', 'province'] as const;

/** Which provinces can be set up and which are (admins only: settings:write). */
export function useSetupStatus(enabled = true) {
  return useQuery({ queryKey: SETUP_KEY, queryFn: () => http<SetupStatus>('/api/v1/setup/province'), enabled });
}

/** Runs the same set-up as `ecocloud init --province`; the base map and every org-dependent view change. */
export function useInitProvince() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: InitProvinceBody) =>
      http<InitProvinceResult>('/api/v1/setup/province', { method: 'POST', body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: SETUP_KEY });
      void client.invalidateQueries({ queryKey: PROVINCE_GEO_KEY });
      void client.invalidateQueries({ queryKey: SESSION_KEY }); // the admin's organisation was renamed
    },
  });
}

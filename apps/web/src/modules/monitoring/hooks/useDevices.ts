import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createDevice, fetchDevices, updateDevice } from '../api';
import type { DeviceInput } from '../types';

const DEVICES_KEY = ['monitoring', 'devices'] as const;

export function useDevices() {
  return useQuery({ queryKey: DEVICES_KEY, queryFn: fetchDevices });
}

export function useSaveDevice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, mn, input }: { id: string | null; mn: string; input: DeviceInput }) =>
      id === null ? createDevice({ ...input, mn, password: input.password ?? '' }) : updateDevice(id, input),
    onSuccess: () => client.invalidateQueries({ queryKey: DEVICES_KEY }),
  });
}

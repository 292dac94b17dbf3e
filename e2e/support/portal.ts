/** Public-portal look-ups shared by the journeys. */
import type { APIRequestContext } from '@playwright/test';

type Ranked = { units: { unit: { id: string; code: string } }[] };

/** The id of Phường Ba Đình (code 00004), found through the public portal's lists: Hà Nội, then its communes. */
export async function findBaDinhId(api: APIRequestContext): Promise<string> {
  const provinces = (await (await api.get('/api/v1/transparency/units')).json()) as Ranked;
  const hanoi = provinces.units.find((u) => u.unit.code === '01')!.unit.id;
  const communes = (await (await api.get(`/api/v1/transparency/units?parentId=${hanoi}`)).json()) as Ranked;
  return communes.units.find((u) => u.unit.code === '00004')!.unit.id;
}

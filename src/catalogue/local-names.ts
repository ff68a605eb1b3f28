/** Region names as the console shows them, in English and Chinese. */
const REGION_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  'cn-hangzhou': ['China (Hangzhou)', '华东1（杭州）'],
  'cn-shanghai': ['China (Shanghai)', '华东2（上海）'],
  'cn-beijing': ['China (Beijing)', '华北2（北京）'],
  'cn-shenzhen': ['China (Shenzhen)', '华南1（深圳）'],
  'cn-qingdao': ['China (Qingdao)', '华北1（青岛）'],
  'cn-hongkong': ['China (Hong Kong)', '中国香港'],
  'ap-southeast-1': ['Singapore', '新加坡'],
  'us-west-1': ['US (Silicon Valley)', '美国（硅谷）'],
  'eu-central-1': ['Germany (Frankfurt)', '德国（法兰克福）'],
};

/**
 * A region's display name in the language asked for (`zh-CN`; anything else English). Regions
 * fake-ecs does not know by name show their id.
 *
 * @param regionId - The region.
 * @param language - `AcceptLanguage`.
 * @returns The name.
 * @internal
 */
export function regionLocalName(regionId: string, language: string | undefined): string {
  const names = REGION_NAMES[regionId];
  if (!names) return regionId;
  return language === 'zh-CN' ? names[1] : names[0];
}

/**
 * A zone's display name: its region's name and the zone's letter (`China (Hangzhou) Zone H`).
 *
 * @param regionId - The zone's region.
 * @param zoneId - The zone.
 * @param language - `AcceptLanguage`.
 * @returns The name.
 * @internal
 */
export function zoneLocalName(
  regionId: string,
  zoneId: string,
  language: string | undefined,
): string {
  const suffix = zoneId.startsWith(`${regionId}-`) ? zoneId.slice(regionId.length + 1) : zoneId;
  const letter = suffix.toUpperCase();
  return language === 'zh-CN'
    ? `${regionLocalName(regionId, language)} 可用区 ${letter}`
    : `${regionLocalName(regionId, language)} Zone ${letter}`;
}

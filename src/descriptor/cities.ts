/**
 * Cities that content teams write as a time zone but that give no zone its name:
 * the UN's duty stations and regional offices, and capitals. Each maps to the
 * IANA zone that keeps the city's time, as the tz database's `zone.tab` lists it
 * for the city's country and region (the country code and that row's comment are
 * noted beside each). Cities that do name a zone (Bangkok, Nairobi, Addis Ababa,
 * New York, Vienna, Santiago…) need no entry: the zone list itself is searched.
 *
 * Keys are written as people write the city; accents, case, dots and commas are
 * ignored when a value is looked up.
 */
export const CITY_ZONES: Readonly<Record<string, string>> = {
  // Duty stations and offices of the UN system
  Geneva: 'Europe/Zurich', // CH (one zone)
  Genève: 'Europe/Zurich', // CH (one zone), as written in French
  Genf: 'Europe/Zurich', // CH (one zone), as written in German
  'The Hague': 'Europe/Amsterdam', // NL (one zone)
  'Den Haag': 'Europe/Amsterdam', // NL (one zone)
  Bonn: 'Europe/Berlin', // DE "most of Germany"
  Montreal: 'America/Toronto', // CA "Eastern - ON & QC (most areas)"
  Washington: 'America/New_York', // US "Eastern (most areas)"
  'Washington DC': 'America/New_York', // US "Eastern (most areas)"
  Turin: 'Europe/Rome', // IT (one zone)
  Incheon: 'Asia/Seoul', // KR (one zone)
  Arusha: 'Africa/Dar_es_Salaam', // TZ (one zone)
  Mumbai: 'Asia/Kolkata', // IN (one zone)
  'Ho Chi Minh City': 'Asia/Ho_Chi_Minh', // VN (one zone)
  // Capitals
  Ottawa: 'America/Toronto', // CA "Eastern - ON & QC (most areas)"
  Canberra: 'Australia/Sydney', // AU "New South Wales (most areas)"; backward links Australia/ACT and Australia/Canberra to it
  'New Delhi': 'Asia/Kolkata', // IN (one zone)
  Delhi: 'Asia/Kolkata', // IN (one zone)
  Beijing: 'Asia/Shanghai', // CN "Beijing Time"
  Brasília: 'America/Sao_Paulo', // BR "Brazil (southeast: GO, DF, MG, ES, RJ, SP, PR, SC, RS)"; DF is the federal district
  Bern: 'Europe/Zurich', // CH (one zone)
  Ankara: 'Europe/Istanbul', // TR (one zone)
  Islamabad: 'Asia/Karachi', // PK (one zone)
  Wellington: 'Pacific/Auckland', // NZ "most of New Zealand"
  Pretoria: 'Africa/Johannesburg', // ZA (one zone)
  Abuja: 'Africa/Lagos', // NG (one zone)
  Rabat: 'Africa/Casablanca', // MA (one zone)
  Yamoussoukro: 'Africa/Abidjan', // CI (one zone)
  Dodoma: 'Africa/Dar_es_Salaam', // TZ (one zone)
  Hanoi: 'Asia/Ho_Chi_Minh', // VN (one zone)
  Astana: 'Asia/Almaty', // KZ "most of Kazakhstan"
  Naypyidaw: 'Asia/Yangon', // MM (one zone)
  Putrajaya: 'Asia/Kuala_Lumpur', // MY "Malaysia (peninsula)"
  Sejong: 'Asia/Seoul', // KR (one zone)
  Kyiv: 'Europe/Kyiv', // UA "most of Ukraine" (browsers may list it by its old name, Europe/Kiev)
};

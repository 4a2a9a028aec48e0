// Writes dist/plenary-wordpress.zip, the WordPress plugin as the admin's "Upload Plugin"
// takes it: a plenary/ folder with plenary.php, readme.txt, LICENSE and
// assets/plenary.iife.js. The script is first copied into
// integrations/wordpress/plenary/assets/, so that the folder itself is a working plugin.
//   node scripts/wordpress-zip.js      (after vite build: `npm run build` runs it)
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';

const root = new URL('../', import.meta.url);
const plugin = new URL('integrations/wordpress/plenary/', root);
const assets = new URL('assets/', plugin);
const target = new URL('dist/plenary-wordpress.zip', root);

// WordPress reads the version from the plugin's header and readme; they must name
// the release whose script the zip carries.
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const php = readFileSync(new URL('plenary.php', plugin), 'utf8');
const readme = readFileSync(new URL('readme.txt', plugin), 'utf8');
const found = {
  'plenary.php Version': php.match(/^\s*\*\s*Version:\s*(\S+)/m)?.[1],
  'plenary.php PLENARY_VERSION': php.match(/define\(\s*'PLENARY_VERSION',\s*'([^']+)'/)?.[1],
  'readme.txt Stable tag': readme.match(/^Stable tag:\s*(\S+)/m)?.[1],
};
const wrong = Object.entries(found).filter(([, v]) => v !== version);
if (wrong.length > 0) {
  console.error(`The WordPress plugin does not carry version ${version} of package.json: ${wrong.map(([k, v]) => `${k} is ${v ?? 'missing'}`).join(', ')}.`);
  process.exit(1);
}

rmSync(assets, { recursive: true, force: true });
mkdirSync(assets, { recursive: true });
copyFileSync(new URL('dist/plenary.iife.js', root), new URL('plenary.iife.js', assets));

/** Every file of a folder, as [path inside it, URL], sorted, folders first. */
function walk(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) =>
      e.isDirectory()
        ? [[`${prefix}${e.name}/`, null], ...walk(new URL(`${e.name}/`, dir), `${prefix}${e.name}/`)]
        : [[`${prefix}${e.name}`, new URL(e.name, dir)]],
    );
}

const entries = [
  ['plenary/', null],
  ...walk(plugin, 'plenary/'),
  ['plenary/LICENSE', new URL('LICENSE', root)],
].map(([name, url]) => [name, url && readFileSync(url)]);

// A ZIP file (PKWARE APPNOTE 6.3): local headers and data, then the central directory.
// Every entry has the same date (1 January 1980), so one release always gives the same bytes.
function zip(list) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of list) {
    const isDir = data === null;
    const raw = isDir ? Buffer.alloc(0) : data;
    const deflated = isDir ? raw : deflateRawSync(raw, { level: 9 });
    const stored = deflated.length >= raw.length;
    const body = stored ? raw : deflated;
    const nameBytes = Buffer.from(name, 'utf8');
    const fields = {
      method: stored ? 0 : 8,
      crc: crc32(raw),
      size: body.length,
      rawSize: raw.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate, folders)
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(fields.method, 8);
    local.writeUInt16LE(0, 10); // time 00:00
    local.writeUInt16LE((0 << 9) | (1 << 5) | 1, 12); // date 1980-01-01
    local.writeUInt32LE(fields.crc, 14);
    local.writeUInt32LE(fields.size, 18);
    local.writeUInt32LE(fields.rawSize, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0 (so the modes below are read)
    local.copy(central, 6, 4, 30); // version needed … name length, as in the local header
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((isDir ? (0o040755 << 16) | 0x10 : 0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(list.length, 8);
  end.writeUInt16LE(list.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// CRC-32 as ZIP uses it (polynomial 0xEDB88320, reflected).
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

writeFileSync(target, zip(entries));
console.log(`dist/plenary-wordpress.zip: ${entries.length} entries`);

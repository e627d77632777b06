import fs from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../../context';
import { AppError } from '../../core/errors';
import type { Db } from '../../database';
import { decryptField, encryptField, type FieldKey, FieldKeyError, fieldAad, newFieldKeyText, parseFieldKey } from './field-crypto';

/**
 * The family-case key (R-ENC-1), loaded once per configuration: from FAMILIES_KEY, from the file
 * FAMILIES_KEY_FILE names, or — only on a demo network — from a key generated into the data directory.
 * Without a usable key the app still serves everything else; family-case routes answer 503.
 */
export type KeyState = { ok: true; key: FieldKey } | { ok: false; error: AppError };

/** Sealed with the key and kept in family_key_check: a later start with another key fails to open it. */
const KEY_CHECK_TEXT = 'whistle families key check';
const KEY_CHECK_ID = 'families';
const KEY_CHECK_AAD = fieldAad('family_key_check', KEY_CHECK_ID, 'sealed');
export const DEMO_KEY_FILE = 'families.key';

const unavailable = (code: string, message: string) => new AppError(503, code, message);

export const keyMissing = () =>
  unavailable(
    'families_key_missing',
    'Family cases are switched off: the server was started without a families key (FAMILIES_KEY or FAMILIES_KEY_FILE). See "Family support" in the README.',
  );
export const keyWrong = () =>
  unavailable(
    'families_key_wrong',
    'Family cases are unavailable: the server was started with a families key other than the one the cases were sealed with.',
  );
const keyInvalid = (why: string) => unavailable('families_key_invalid', `Family cases are unavailable: ${why}`);

/** The key text the operator gave, or a demo key (made on first use); null when there is none. */
function keyText(ctx: AppContext): string | null {
  const { familiesKey, familiesKeyFile, demo, dataDir } = ctx.config;
  if (familiesKey?.trim() && familiesKeyFile) throw keyInvalid('give FAMILIES_KEY or FAMILIES_KEY_FILE, not both.');
  if (familiesKey?.trim()) return familiesKey;
  if (familiesKeyFile) {
    try {
      return fs.readFileSync(familiesKeyFile, 'utf8');
    } catch (err) {
      throw keyInvalid(`the file FAMILIES_KEY_FILE names could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
  }
  return demo ? demoKeyText(ctx, path.join(dataDir, DEMO_KEY_FILE)) : null;
}

function demoKeyText(ctx: AppContext, file: string): string {
  try {
    // `wx`: two nodes of one demo starting together must not each write a different key.
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${newFieldKeyText()}\n`, { mode: 0o600, flag: 'wx' });
    ctx.log.warn('families: generated a demo key', {
      file,
      warning:
        'This key is for the demo only. A real network must give its own key (FAMILIES_KEY or FAMILIES_KEY_FILE) and keep it out of backups of the data directory: whoever has both can read every family case.',
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return fs.readFileSync(file, 'utf8');
}

/** Seals the check value on first use; afterwards, false when this key cannot open it. */
async function keyMatches(db: Db, key: FieldKey, now: number): Promise<boolean> {
  await db
    .insertInto('familyKeyCheck')
    .values({ id: KEY_CHECK_ID, sealed: encryptField(key, KEY_CHECK_TEXT, KEY_CHECK_AAD), createdAt: now })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const row = await db.selectFrom('familyKeyCheck').select('sealed').where('id', '=', KEY_CHECK_ID).executeTakeFirstOrThrow();
  try {
    return decryptField(key, row.sealed, KEY_CHECK_AAD) === KEY_CHECK_TEXT;
  } catch {
    return false;
  }
}

async function loadKey(ctx: AppContext): Promise<KeyState> {
  try {
    const text = keyText(ctx);
    if (text === null) return { ok: false, error: keyMissing() };
    const key = parseFieldKey(text);
    return (await keyMatches(ctx.db, key, ctx.clock.now())) ? { ok: true, key } : { ok: false, error: keyWrong() };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: err };
    // parseFieldKey's message explains the format and never echoes the key.
    if (err instanceof FieldKeyError) return { ok: false, error: keyInvalid(err.message) };
    throw err;
  }
}

/** Keyed by the configuration: contexts copied for a transaction share it, and so share the key. */
const states = new WeakMap<object, Promise<KeyState>>();

export function familiesKeyState(ctx: AppContext): Promise<KeyState> {
  let state = states.get(ctx.config);
  if (!state) {
    state = loadKey(ctx);
    // A database hiccup at start should not disable cases until a restart: try again next time.
    state.catch(() => states.delete(ctx.config));
    states.set(ctx.config, state);
  }
  return state;
}

/** The key for sealing and opening case fields; a 503 with a clear code when there is none to use. */
export async function familiesKey(ctx: AppContext): Promise<FieldKey> {
  const state = await familiesKeyState(ctx);
  if (!state.ok) throw state.error;
  return state.key;
}

/** At start: load the key, and say in the log (never the key itself) when family cases cannot work. */
export async function checkFamiliesKeyAtStart(ctx: AppContext): Promise<void> {
  try {
    const state = await familiesKeyState(ctx);
    if (state.ok) return;
    const fields = { code: state.error.code, reason: state.error.message };
    if (state.error.code === 'families_key_missing') ctx.log.warn('families: family cases are switched off', fields);
    else ctx.log.error('families: family cases are unavailable', fields);
  } catch (err) {
    ctx.log.error('families: could not check the key', { err: String(err) });
  }
}

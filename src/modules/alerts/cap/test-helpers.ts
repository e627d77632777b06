import fs from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

/** Schema validation for the tests, with xmllint (compiled to WebAssembly) and the bundled schemas. */

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
export const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

export async function validateCap(xml: string) {
  return validateXML({
    xml: [{ fileName: 'alert.cap', contents: xml }],
    schema: [{ fileName: 'cap12.xsd', contents: fixture('cap12.xsd') }],
  });
}

export async function validateAtom(xml: string) {
  return validateXML({
    xml: [{ fileName: 'feed.atom', contents: xml }],
    schema: [{ fileName: 'atom.rng', contents: fixture('atom.rng') }],
    extension: 'relaxng',
  });
}

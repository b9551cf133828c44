// variants --lms moodle / qti: a Moodle XML quiz (a cloze question per variant) and a QTI 2.1 package (an item per variant); their structure checked.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { loadNetwork, variants, moodleQuiz, qtiPackage } from '../../src/api.js';
import { ROOT } from '../helpers/cli.js';

const NET = loadNetwork(join(ROOT, 'fixtures', 'comp9444-gd-1d.yaml'));
const list = variants(NET, { seed: 'lms', students: [{ id: 's1' }, { id: 's2', name: 'Ann <Lee> & Co' }], format: 'md' });
const xml = moodleQuiz(list, 'Gradient descent');

/** Well-formed outside CDATA: every element closed in order (no XML parser is a dependency; this is what import needs). */
function elementStack(text: string): string[] {
  const stack: string[] = [];
  const bare = text.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '');
  for (const m of bare.matchAll(/<(\/?)([A-Za-z][\w-]*)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else stack.push(m[2]!);
  }
  expect(bare).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  return stack;
}

describe('moodleQuiz', () => {
  it('is well-formed XML with one cloze question per variant under <quiz>', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(elementStack(xml)).toEqual([]);
    expect(xml.match(/<question type="cloze">/g)).toHaveLength(2);
    expect(xml).toContain('<name><text>Gradient descent (Ann &lt;Lee&gt; &amp; Co)</text></name>');
  });
  it('puts a NUMERICAL sub-answer with the key value and tolerance at every blank', () => {
    const first = xml.slice(0, xml.indexOf('</question>'));
    const subs = [...first.matchAll(/\{1:NUMERICAL:=([-\d.e]+):([\d.e-]+)\}/g)];
    expect(subs.map((m) => Number(m[1]))).toEqual(list[0]!.answers.map((a) => Number(a.value.toPrecision(12))));
    expect(new Set(subs.map((m) => Number(m[2])))).toEqual(new Set([list[0]!.tolerance]));
    expect(first).toMatch(/<p>\\\(f = w \\cdot x = [-\d.]+ \\cdot 1 =\\\) \{1:NUMERICAL/);
  });
});

describe('qtiPackage', () => {
  // No XSD validator on npm works offline without the IMS schemas, which are not ours to copy: the test parses every
  // file and checks the elements QTI 2.1 and IMS CP require, in the order the schemas give them.
  const files = unzipSync(qtiPackage(list, 'Gradient descent'));
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: false, isArray: (name) => ['resource', 'responseDeclaration', 'responseCondition', 'p'].includes(name) });
  const parse = (name: string) => {
    const text = strFromU8(files[name]!);
    expect(XMLValidator.validate(text)).toBe(true);
    return parser.parse(text);
  };

  it('is a zip with imsmanifest.xml listing one imsqti_item_xmlv2p1 resource per variant', () => {
    expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', 'items/s1.xml', 'items/s2.xml']);
    const { manifest } = parse('imsmanifest.xml');
    expect(manifest['@xmlns']).toBe('http://www.imsglobal.org/xsd/imscp_v1p1');
    expect(manifest.metadata.schema).toBe('QTIv2.1 Package');
    expect(manifest.resources.resource.map((r: Record<string, unknown>) => [r['@type'], r['@href'], (r.file as Record<string, string>)['@href']])).toEqual([
      ['imsqti_item_xmlv2p1', 'items/s1.xml', 'items/s1.xml'],
      ['imsqti_item_xmlv2p1', 'items/s2.xml', 'items/s2.xml'],
    ]);
  });

  it('asks each blank as a float text entry, scored within the key’s tolerance against the key’s value', () => {
    const { assessmentItem: item } = parse('items/s2.xml');
    expect(item['@xmlns']).toBe('http://www.imsglobal.org/xsd/imsqti_v2p1');
    expect(item['@title']).toBe('Gradient descent (Ann <Lee> & Co)');
    const answers = list[1]!.answers;
    const declared = item.responseDeclaration.map((d: Record<string, unknown>) => [d['@identifier'], d['@baseType'], Number((d.correctResponse as { value: number }).value)]);
    expect(declared).toEqual(answers.map((a, i) => [`RESPONSE_${i + 1}`, 'float', Number(a.value.toPrecision(12))]));
    const entries = item.itemBody.p.flatMap((p: Record<string, unknown>) => (p.textEntryInteraction ? [(p.textEntryInteraction as Record<string, string>)['@responseIdentifier']] : []));
    expect(entries).toEqual(declared.map((d: unknown[]) => d[0]));
    expect(item.itemBody.p.every((p: Record<string, unknown>) => p.math !== undefined)).toBe(true);
    const scored = item.responseProcessing.responseCondition.map((c: { responseIf: { equal: Record<string, unknown> } }) => c.responseIf.equal);
    expect(scored.map((e: Record<string, unknown>) => [e['@toleranceMode'], e['@tolerance'], (e.variable as Record<string, string>)['@identifier'], Number((e.baseValue as Record<string, string>)['#text'])])).toEqual(
      answers.map((a, i) => ['absolute', `${list[1]!.tolerance} ${list[1]!.tolerance}`, `RESPONSE_${i + 1}`, Number(a.value.toPrecision(12))]),
    );
  });

  it('gives the same bytes for the same variants', () => {
    expect(Buffer.from(qtiPackage(list, 'Gradient descent')).equals(Buffer.from(qtiPackage(list, 'Gradient descent')))).toBe(true);
  });
});

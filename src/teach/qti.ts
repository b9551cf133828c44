// QTI 2.1 export: a content package (zip) with imsmanifest.xml and one assessmentItem per variant, each blank a float
// textEntryInteraction scored by an absolute-tolerance <equal>, the sheet's math as MathML (KaTeX). The XML is built as
// text: it is a fixed handful of elements (IMS QTI 2.1 and IMS Content Packaging 1.1 name them), every value escaped.
import { strToU8, zipSync } from 'fflate';
import { renderKatex } from '../util/katex.js';
import { GENERATED_MARK } from '../util/generatedMark.js';
import type { Variant } from './variants.js';
import { escapeXml, keyValue, quizParts, type QuizPart } from './quizParts.js';

const QTI = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const QTI_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
const CP = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const CP_XSD = 'http://www.imsglobal.org/xsd/imscp_v1p1.xsd';
/** Every entry's date: the same seed gives the same bytes on every day and in every time zone. */
const MTIME = new Date(2000, 0, 1);

/** The package: imsmanifest.xml at its root, items/ID.xml per variant (variants made with format md). */
export function qtiPackage(variants: readonly Variant[], title: string): Uint8Array {
  const files: Record<string, [Uint8Array, { mtime: Date; comment?: string }]> = {
    'imsmanifest.xml': [strToU8(qtiManifest(variants, title)), { mtime: MTIME, comment: GENERATED_MARK }],
  };
  for (const v of variants) files[itemPath(v)] = [strToU8(qtiItem(v, title)), { mtime: MTIME }];
  return zipSync(files, { level: 6 });
}

const itemPath = (v: Variant): string => `items/${v.student.id}.xml`;
/** QTI identifiers are XML names: a student id may start with a digit. */
const itemId = (v: Variant): string => `item-${v.student.id}`;

export function qtiManifest(variants: readonly Variant[], title: string): string {
  const resources = variants.map((v) => [
    `    <resource identifier="${escapeXml(itemId(v))}" type="imsqti_item_xmlv2p1" href="${escapeXml(itemPath(v))}">`,
    `      <file href="${escapeXml(itemPath(v))}"/>`,
    '    </resource>',
  ].join('\n'));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="${CP}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${CP} ${CP_XSD}" identifier="backprop-tex-${escapeXml(slug(title))}">`,
    '  <metadata>',
    '    <schema>QTIv2.1 Package</schema>',
    '    <schemaversion>1.0.0</schemaversion>',
    '  </metadata>',
    '  <organizations/>',
    '  <resources>',
    ...resources,
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/** One variant as an assessmentItem: a response per blank, SCORE the number of blanks within tolerance. */
export function qtiItem(v: Variant, title: string): string {
  const parts = quizParts(v);
  const asked = parts.filter((p): p is Extract<QuizPart, { kind: 'math' }> & { answer: object } => p.kind === 'math' && p.answer !== undefined);
  const name = (i: number): string => `RESPONSE_${i + 1}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- ${GENERATED_MARK} variants --lms qti -->`,
    `<assessmentItem xmlns="${QTI}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI} ${QTI_XSD}" identifier="${escapeXml(itemId(v))}" title="${escapeXml(`${title} (${v.student.name ?? v.student.id})`)}" adaptive="false" timeDependent="false">`,
    ...asked.map((p, i) => `  <responseDeclaration identifier="${name(i)}" cardinality="single" baseType="float"><correctResponse><value>${keyValue(p.answer)}</value></correctResponse></responseDeclaration>`),
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    `  <outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float"><defaultValue><value>${asked.length}</value></defaultValue></outcomeDeclaration>`,
    '  <itemBody>',
    ...bodyLines(parts, (p) => name(asked.indexOf(p as (typeof asked)[number]))),
    '  </itemBody>',
    '  <responseProcessing>',
    ...asked.map((p, i) => scoreIfEqual(name(i), keyValue(p.answer), v.tolerance)),
    '  </responseProcessing>',
    '</assessmentItem>',
    '',
  ].join('\n');
}

/** Headings as h3–h5, each math line a paragraph of MathML, a blank a text entry after it. */
function bodyLines(parts: readonly QuizPart[], response: (p: QuizPart) => string): string[] {
  return parts.map((p) => {
    if (p.kind === 'heading') return `    <h${p.level + 2}>${escapeXml(p.text)}</h${p.level + 2}>`;
    const entry = p.answer ? ` <textEntryInteraction responseIdentifier="${response(p)}" expectedLength="12"/>` : '';
    return `    <p>${mathml(p.tex)}${entry}</p>`;
  });
}

/** SCORE += 1 when the response is within the tolerance of the key (absolute, both sides). */
function scoreIfEqual(response: string, value: string, tolerance: number): string {
  return [
    '    <responseCondition>',
    '      <responseIf>',
    `        <equal toleranceMode="absolute" tolerance="${tolerance} ${tolerance}"><variable identifier="${response}"/><baseValue baseType="float">${value}</baseValue></equal>`,
    '        <setOutcomeValue identifier="SCORE"><sum><variable identifier="SCORE"/><baseValue baseType="float">1</baseValue></sum></setOutcomeValue>',
    '      </responseIf>',
    '    </responseCondition>',
  ].join('\n');
}

/** KaTeX's MathML for a line (its wrapping span dropped): the math renders in any QTI player, no script needed. */
function mathml(tex: string): string {
  const html = renderKatex(tex, { output: 'mathml', throwOnError: true, strict: 'ignore' });
  return html.replace(/^<span class="katex">/, '').replace(/<\/span>$/, '');
}

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'quiz';

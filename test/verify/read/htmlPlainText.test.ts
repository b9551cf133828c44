// An HTML page with no math markup: its plain-text lines are read with the tags blanked (scripts and styles unread); a sum or difference of whole vectors by name (softmax - one_hot) is read entry by entry; a word spelled with underscores keeps its entry (one_hot_2, y_true_1).
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { htmlAsText, isHtml } from '../../../src/verify/read/htmlText.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// softmax over the logits (1, 2, 3): p = (0.0900, 0.2447, 0.6652); the true class is the third, so p − y = (0.0900, 0.2447, −0.3348)
const net = derive(parseNetwork(`
inputs: { x: 1 }
targets: { p1: 0, p2: 0, p3: 1 }
parameters: { w1: 1.0, w2: 2.0, w3: 3.0 }
layers:
  - activation: softmax
    neurons:
      p1: { weights: { w1: x } }
      p2: { weights: { w2: x } }
      p3: { weights: { w3: x } }
loss: cross-entropy
`, 'three-logits.yaml'));

const verdicts = (doc: string, format: 'md' | 'text' = 'text'): string[] =>
  verifyDocument(doc, net, { format }).claims.filter((c) => c.verdict !== 'unresolved' && /^-?[\d.]+$/.test(String(c.printed))).map((c) => `${c.printed} ${c.verdict}`);

const page = (body: string): string => `<!DOCTYPE html>\n<html>\n<head><title>t</title></head>\n<body>\n${body}\n</body>\n</html>\n`;

describe('an HTML page whose worked numbers are plain text', () => {
  it('blanks tags, keeping every offset, and breaks the line at a block tag', () => {
    const html = '<p>a = 1</p><p>b = 2</p>';
    const text = htmlAsText(html);
    expect(text.length).toBe(html.length);
    expect(text.indexOf('a = 1')).toBe(html.indexOf('a = 1'));
    expect(text.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual(['a = 1', 'b = 2']);
    expect(isHtml(page(''))).toBe(true);
    expect(isHtml('Some *Markdown* with a <br> tag.')).toBe(false);
  });

  it('reads a <p> line of vector arithmetic by name, and finds a wrong entry', () => {
    expect(verdicts(page('<p>Gradient = softmax - one_hot = [0.09, 0.24, -0.33]</p>'))).toEqual(['0.09 exact', '0.24 exact', '-0.33 exact']);
    expect(verdicts(page('<p>Gradient = softmax - one_hot = [0.09, 0.24, -0.38]</p>'))).toEqual(['0.09 exact', '0.24 exact', '-0.38 erratum']);
  });

  it('reads nothing inside a script or a style, nor in a comment', () => {
    expect(verdicts(page('<script>\nsoftmax = [0.5, 0.24, 0.67]\n</script>\n<style>\n/* softmax = [0.5, 0.24, 0.67] */\n</style>\n<!--\nsoftmax = [0.5, 0.24, 0.67]\n-->'))).toEqual([]);
  });
});

describe('whole vectors by name in Markdown too', () => {
  it('reads probs - y_true entry by entry, the underscored word keeping its entry', () => {
    expect(verdicts('Then\n\ng = probs - y_true = [0.09, 0.24, -0.33]\n', 'md')).toEqual(['0.09 exact', '0.24 exact', '-0.33 exact']);
  });

  it('leaves a difference with a number in it alone (a scalar broadcast is not a vector by name)', () => {
    expect(verdicts('Then\n\ng = probs - 1 = [0.09, 0.24, -0.33]\n', 'md')).toEqual([]);
  });
});

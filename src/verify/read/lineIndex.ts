// Converts character offsets in a document to 1-based line and column numbers.

export interface Location {
  line: number;
  column: number;
}

export interface LineIndex {
  locate(offset: number): Location;
}

export function createLineIndex(doc: string): LineIndex {
  const starts = [0];
  for (let i = doc.indexOf('\n'); i >= 0; i = doc.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    locate(offset: number): Location {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - starts[lo]! + 1 };
    },
  };
}

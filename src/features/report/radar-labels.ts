/**
 * Splits a label at spaces into lines of at most `max` characters (a longer single word stays whole).
 * The report's radar is narrow (half an A4 column), and Chart.js shrinks the radar by at most half its
 * radius to fit point labels, so long one-line labels ("Compliance & ESG") would be cut at the edge.
 */
export function wrapLabel(label: string, max = 11): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= max) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

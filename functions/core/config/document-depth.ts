/**
 * How deep a document can nest before it is refused unread. A configuration is six levels deep;
 * the YAML parser recurses per level, and documents thousands of levels deep (`[[[[…`, `- - - …`)
 * overflow its stack — after which V8 was seen to abort the whole process compiling a regular
 * expression. Refusing them before parsing keeps a hostile body a 400.
 */
export const MAX_DOCUMENT_DEPTH = 64;

/**
 * Whether `text` may nest deeper than `limit`: flow brackets open at once (quotes ignored, so a
 * quoted bracket can only over-count), or block levels opened on one line (`- - -`, `? ? ?`) or
 * by indentation (one level per two columns, the narrowest YAML indents that are read).
 */
export function exceedsDocumentDepth(text: string, limit = MAX_DOCUMENT_DEPTH): boolean {
  let brackets = 0;
  for (const char of text) {
    if (char === '[' || char === '{') {
      brackets += 1;
      if (brackets > limit) return true;
    } else if ((char === ']' || char === '}') && brackets > 0) {
      brackets -= 1;
    }
  }
  for (const line of text.split('\n')) {
    const indent = /^[ \t]*((?:[-?:][ \t]+)*)/.exec(line)!;
    const columns = indent[0].length - indent[1]!.length;
    const markers = indent[1]!.replace(/[ \t]/g, '').length;
    if (columns / 2 + markers > limit) return true;
  }
  return false;
}

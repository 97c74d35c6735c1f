import { VFile } from 'vfile';
import { normalize } from '../pipeline/normalize.ts';
import { createLocator } from '../pipeline/location.ts';
import { reporterFor, type DocumentContext, type FileContext } from '../pipeline/context.ts';
import { splitDocuments } from '../pipeline/split-documents.ts';

/** A file context over `original` (normalized as the pipeline does), and the VFile its messages go to. */
export function fileContextOf(original: string): FileContext & { file: VFile } {
  const file = new VFile({ path: 'test.txt', value: original });
  const normalized = normalize(original);
  const locator = createLocator(original, normalized.map);
  return { text: normalized.text, locator, report: reporterFor(file, locator), file };
}

/** The context of the `index`-th document the splitter finds in `original`, without tables. */
export function documentContextOf(original: string, index = 0): DocumentContext & { file: VFile } {
  const context = fileContextOf(original);
  const document = splitDocuments(context).documents[index];
  if (!document) throw new Error(`No document ${index} in the text`);
  return { ...context, document, documentId: `test#${index + 1}`, tableRegions: [] };
}

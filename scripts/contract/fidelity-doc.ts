// Puts the generated parameter list into docs/fidelity.md, between its markers (appended under
// "Parameters per operation" the first time).

import { parameterSection, SECTION_END, SECTION_START } from './parameter-section.js';

const HEADING = '## Parameters per operation';

/**
 * The document with its generated section replaced by the current one.
 *
 * @param doc - docs/fidelity.md as it is.
 * @returns docs/fidelity.md as it should be.
 */
export function withParameterSection(doc: string): string {
  const start = doc.indexOf(SECTION_START);
  const end = doc.indexOf(SECTION_END);
  if (start < 0 || end < start) return `${doc.trimEnd()}\n\n${HEADING}\n\n${parameterSection()}\n`;
  return `${doc.slice(0, start)}${parameterSection()}${doc.slice(end + SECTION_END.length)}`;
}

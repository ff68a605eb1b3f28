// `npm run docs` runs this after typedoc: the facade's page must show each member once, each with
// its summary and an example. The facade is assembled from many group interfaces and the operation
// table; this keeps that assembly from costing the generated docs their quality (issue 11).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const page = join(import.meta.dirname, '..', 'docs', 'api', 'interfaces', 'index.Ecs.html');

/** One member section of a typedoc interface page: its anchor, whether it has a summary and an example. */
interface MemberDocs {
  readonly anchor: string;
  readonly summary: boolean;
  readonly example: boolean;
}

function membersOf(html: string): MemberDocs[] {
  return html
    .split('<section class="tsd-panel tsd-member')
    .slice(1)
    .map((section) => ({
      anchor: /<h3 class="tsd-anchor-link" id="([^"]+)"/.exec(section)?.[1] ?? '(no anchor)',
      summary: /<div class="tsd-comment tsd-typography"><p>\S/.test(section),
      example: />Example</.test(section),
    }));
}

const members = membersOf(readFileSync(page, 'utf8'));
const problems: string[] = [];
const seen = new Set<string>();
for (const member of members) {
  // typedoc numbers a repeated anchor (`name-1`): a member shown twice.
  const name = member.anchor.replace(/-\d+$/, '');
  if (seen.has(name)) problems.push(`${name}: shown more than once`);
  seen.add(name);
  if (!member.summary) problems.push(`${name}: no summary`);
  if (!member.example) problems.push(`${name}: no example`);
}
if (members.length < 100)
  problems.push(`only ${members.length} members found: has the page layout changed?`);

if (problems.length > 0) {
  process.stderr.write(`docs/api Ecs page:\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}
process.stdout.write(
  `docs/api Ecs page: ${members.length} members, each once with a summary and an example\n`,
);

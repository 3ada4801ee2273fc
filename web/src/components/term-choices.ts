import type { TermNode } from '../api/vocabulary-api';

/** The terms of a tree in reading order as choices, indented by depth so the hierarchy shows in a plain select. */
export function termChoices(nodes: readonly TermNode[], depth = 0): { value: string; label: string }[] {
  return nodes.flatMap((node) => [
    { value: node.vocabNumber, label: `${'\u2003'.repeat(depth)}${node.label}` },
    ...termChoices(node.children, depth + 1),
  ]);
}

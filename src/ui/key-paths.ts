/**
 * Changed config key paths for a summary: a run of more than `limit` paths
 * under the same three-segment parent (the 18 allowlist entries, say) is one
 * line with a count, so the summary stays readable on one screen.
 */
export function summarizeKeyPaths(paths: readonly string[], limit = 3): string[] {
  const groups = new Map<string, string[]>();
  for (const p of paths) {
    const parent = p.split('.').slice(0, 3).join('.');
    const group = groups.get(parent) ?? [];
    group.push(p);
    groups.set(parent, group);
  }
  return [...groups].flatMap(([parent, members]) =>
    members.length > limit && members.every((m) => m !== parent) ? [`${parent}.* (${members.length} keys)`] : members,
  );
}

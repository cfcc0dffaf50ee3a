import { GENERATED_NOTE, type CompletionTables } from './tables.js';
import { SH_WALK, shTableFunctions } from './posix.js';

/**
 * zsh: works both sourced (registers itself with compdef, loading compinit if
 * needed) and installed as `_openclaw` in $fpath (the `#compdef` line).
 */
/** zsh single quotes: a quote inside becomes '\'' . */
const zq = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** `path|word` → description, for the listing zsh shows under the line. */
function descriptions(t: CompletionTables): string {
  const pairs = [...t.subcommands, ...t.options].flatMap(([path, entries]) => entries.map(([word, text]) => `  ${zq(`${path}|${word}`)} ${zq(text)}`));
  return `typeset -gA _openclaw_descriptions\n_openclaw_descriptions=(\n${pairs.join('\n')}\n)`;
}

export function zshScript(t: CompletionTables): string {
  return `#compdef openclaw
${GENERATED_NOTE('zsh')}
# Source it from ~/.zshrc, or install it with: openclaw completion --write-state --install

${shTableFunctions(t)}

${descriptions(t)}

${SH_WALK}

_openclaw() {
  local cur=\${words[CURRENT]}
  local -a _openclaw_argv
  _openclaw_argv=("\${(@)words[2,CURRENT-1]}")
  _openclaw_walk
  _openclaw_candidates "$cur"
  _openclaw_expand "\${words[1]}"
  if [[ $cur == -*=* && -z $_openclaw_pending ]]; then
    compset -P '*='
  fi
  local -a shown
  local word text
  for word in "\${_openclaw_words[@]}"; do
    text=\${_openclaw_descriptions[$_openclaw_path|$word]}
    shown+=("\${word}\${text:+  -- $text}")
  done
  compadd -l -d shown -- "\${_openclaw_words[@]}"
}

if [[ "\${funcstack[1]}" == _openclaw ]]; then
  _openclaw "$@"
else
  (( \${+functions[compdef]} )) || { autoload -Uz compinit && compinit -u; }
  compdef _openclaw openclaw
fi
`;
}

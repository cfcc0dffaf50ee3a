import { GENERATED_NOTE, type CompletionTables } from './tables.js';
import { SH_WALK, shTableFunctions } from './posix.js';

/**
 * zsh: works both sourced (registers itself with compdef, loading compinit if
 * needed) and installed as `_openclaw` in $fpath (the `#compdef` line).
 */
export function zshScript(t: CompletionTables): string {
  return `#compdef openclaw
${GENERATED_NOTE('zsh')}
# Source it from ~/.zshrc, or install it with: openclaw completion --write-state --install

${shTableFunctions(t)}

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
  compadd -- "\${_openclaw_words[@]}"
}

if [[ "\${funcstack[1]}" == _openclaw ]]; then
  _openclaw "$@"
else
  (( \${+functions[compdef]} )) || { autoload -Uz compinit && compinit -u; }
  compdef _openclaw openclaw
fi
`;
}

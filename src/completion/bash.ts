import { GENERATED_NOTE, type CompletionTables } from './tables.js';
import { SH_WALK, shTableFunctions } from './posix.js';

/**
 * bash: words are re-split on blanks from COMP_LINE (COMP_WORDS would split
 * `qwen:default` and `--flag=value` apart), then the colon part bash already
 * considers typed is trimmed from the candidates.
 */
export function bashScript(t: CompletionTables): string {
  return `${GENERATED_NOTE('bash')}
# Source it from ~/.bashrc, or install it with: openclaw completion --write-state --install

${shTableFunctions(t)}

${SH_WALK}

_openclaw() {
  local line=\${COMP_LINE:0:COMP_POINT} cur='' prefix
  local -a _openclaw_argv
  read -r -a _openclaw_argv <<<"$line"
  if [[ -n $line && $line != *[[:space:]] ]]; then
    cur=\${_openclaw_argv[\${#_openclaw_argv[@]}-1]}
    unset '_openclaw_argv[\${#_openclaw_argv[@]}-1]'
  fi
  local prog=\${_openclaw_argv[0]:-openclaw}
  _openclaw_argv=("\${_openclaw_argv[@]:1}")
  _openclaw_walk
  _openclaw_candidates "$cur"
  _openclaw_expand "$prog"
  [[ $cur == -*=* && -z $_openclaw_pending ]] && cur=\${cur#*=}
  local IFS=$'\\n'
  COMPREPLY=($(compgen -W "\${_openclaw_words[*]}" -- "$cur"))
  if [[ $cur == *:* && $COMP_WORDBREAKS == *:* ]]; then
    prefix=\${cur%"\${cur##*:}"}
    COMPREPLY=("\${COMPREPLY[@]#"$prefix"}")
  fi
}

complete -F _openclaw openclaw
`;
}

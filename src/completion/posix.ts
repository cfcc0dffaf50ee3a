import type { CompletionTables } from './tables.js';

/** Single-quoted for sh-like shells and fish (no single quotes occur in keys; checked anyway). */
export function sq(text: string): string {
  if (text.includes("'")) throw new Error(`unexpected quote in ${text}`);
  return `'${text}'`;
}

function caseFunction(name: string, subject: string, arms: [string[], string][], fallback: string): string {
  const lines = arms.map(([patterns, body]) => `    ${patterns.map(sq).join('|')}) ${body} ;;`);
  return [`${name}() {`, `  case ${subject} in`, ...lines, `    *) ${fallback} ;;`, '  esac', '}'].join('\n');
}

/**
 * The table functions shared by bash and zsh (same `case` and array syntax).
 * Each appends to the global array `_openclaw_words`.
 */
export function shTableFunctions(t: CompletionTables): string {
  const append = (words: string[]) => `_openclaw_words+=(${words.join(' ')})`;
  const subPairs = [...t.subcommands].flatMap(([path, subs]) => subs.map(([name]) => `${path}|${name}`));
  const valuePairs = [...t.valueFlags].flatMap(([path, flags]) => flags.map((f) => `${path}|${f}`));
  return [
    caseFunction('_openclaw_is_subcommand', '"$1|$2"', subPairs.length ? [[subPairs, 'return 0']] : [], 'return 1'),
    caseFunction('_openclaw_takes_value', '"$1|$2"', valuePairs.length ? [[valuePairs, 'return 0']] : [], 'return 1'),
    caseFunction('_openclaw_subcommands', '"$1"', [...t.subcommands].map(([path, subs]) => [[path], append(subs.map(([n]) => n))]), ':'),
    caseFunction('_openclaw_options', '"$1"', [...t.options].map(([path, opts]) => [[path], append(opts.map(([n]) => n))]), ':'),
    caseFunction('_openclaw_option_values', '"$1|$2"', [...t.optionValues].map(([key, values]) => [[key], append(values)]), ':'),
    caseFunction('_openclaw_arg_values', '"$1"', [...t.argValues].map(([path, values]) => [[path], append(values)]), ':'),
  ].join('\n\n');
}

/**
 * The word walk shared by bash and zsh: given `_openclaw_argv` (the words
 * between the program name and the cursor) it sets `_openclaw_path` (the
 * subcommand path), `_openclaw_pending` (a flag still waiting for its value)
 * and `_openclaw_npos` (positional words after the path).
 */
export const SH_WALK = `_openclaw_walk() {
  local w
  _openclaw_path='' _openclaw_pending='' _openclaw_npos=0
  for w in "\${_openclaw_argv[@]}"; do
    if [[ -n $_openclaw_pending ]]; then _openclaw_pending=''; continue; fi
    case $w in
      -*=*) ;;
      -*) _openclaw_takes_value "$_openclaw_path" "$w" && _openclaw_pending=$w ;;
      *)
        if _openclaw_is_subcommand "$_openclaw_path" "$w"; then
          _openclaw_path=\${_openclaw_path:+$_openclaw_path }$w
          _openclaw_npos=0
        else
          _openclaw_npos=$((_openclaw_npos + 1))
        fi
        ;;
    esac
  done
}

# Candidates for the word being completed ($1, which may be "--flag=value"), into _openclaw_words.
_openclaw_candidates() {
  local cur=$1
  _openclaw_words=()
  if [[ -n $_openclaw_pending ]]; then
    _openclaw_option_values "$_openclaw_path" "$_openclaw_pending"
  elif [[ $cur == -*=* ]]; then
    _openclaw_option_values "$_openclaw_path" "\${cur%%=*}"
  elif [[ $cur == -* ]]; then
    _openclaw_options "$_openclaw_path"
  else
    _openclaw_subcommands "$_openclaw_path"
    if ((_openclaw_npos == 0)); then _openclaw_arg_values "$_openclaw_path"; fi
  fi
}

# Replaces each @kind in _openclaw_words by what "$1 __complete kind" prints (the catalog plus the user's config).
_openclaw_expand() {
  local word line
  local -a out
  out=()
  for word in "\${_openclaw_words[@]}"; do
    case $word in
      @*) while IFS= read -r line; do [[ -n $line ]] && out+=("$line"); done < <("$1" __complete "\${word#@}" 2>/dev/null) ;;
      *) out+=("$word") ;;
    esac
  done
  _openclaw_words=("\${out[@]}")
}`;

import { GENERATED_NOTE, type CompletionTables } from './tables.js';
import { sq } from './posix.js';

/** fish descriptions are free text; only quotes and backslashes need escaping inside single quotes. */
function fishText(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function switchFunction(name: string, subject: string, arms: [string[], string[]][]): string {
  const body = arms.flatMap(([patterns, lines]) => [`        case ${patterns.map(sq).join(' ')}`, ...lines.map((l) => `            ${l}`)]);
  return [`function ${name}`, `    switch ${subject}`, ...body, '    end', 'end'].join('\n');
}

const described = (pairs: [string, string][]) => pairs.map(([word, text]) => `printf '%s\\t%s\\n' ${word} ${fishText(text)}`);

/**
 * fish: one `complete` entry whose candidates come from __openclaw_complete,
 * which walks the typed tokens like the bash/zsh scripts do. fish filters by
 * prefix itself and shows the tab-separated descriptions.
 */
export function fishScript(t: CompletionTables): string {
  const subPairs = [...t.subcommands].flatMap(([path, subs]) => subs.map(([name]) => `${path}|${name}`));
  const valuePairs = [...t.valueFlags].flatMap(([path, flags]) => flags.map((f) => `${path}|${f}`));
  const functions = [
    switchFunction('__openclaw_is_subcommand', '"$argv[1]|$argv[2]"', [[subPairs, ['return 0']]]) .replace(/\nend$/, '\n    return 1\nend'),
    switchFunction('__openclaw_takes_value', '"$argv[1]|$argv[2]"', [[valuePairs, ['return 0']]]).replace(/\nend$/, '\n    return 1\nend'),
    switchFunction('__openclaw_subcommands', '"$argv[1]"', [...t.subcommands].map(([path, subs]) => [[path], described(subs)])),
    switchFunction('__openclaw_options', '"$argv[1]"', [...t.options].map(([path, opts]) => [[path], described(opts)])),
    switchFunction('__openclaw_option_values', '"$argv[1]|$argv[2]"', [...t.optionValues].map(([key, values]) => [[key], [`printf '%s\\n' ${values.join(' ')}`]])),
    switchFunction('__openclaw_arg_values', '"$argv[1]"', [...t.argValues].map(([path, values]) => [[path], [`printf '%s\\n' ${values.join(' ')}`]])),
  ];
  return `${GENERATED_NOTE('fish')}
# Source it from ~/.config/fish/config.fish, or install it with: openclaw completion --write-state --install

${functions.join('\n\n')}

function __openclaw_complete
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct)
    set -l cmdpath ''
    set -l pending ''
    set -l npos 0
    for w in $tokens[2..-1]
        if test -n "$pending"
            set pending ''
            continue
        end
        switch $w
            case '-*=*'
            case '-*'
                __openclaw_takes_value "$cmdpath" $w; and set pending $w
            case '*'
                if __openclaw_is_subcommand "$cmdpath" $w
                    set cmdpath (string trim -- "$cmdpath $w")
                    set npos 0
                else
                    set npos (math $npos + 1)
                end
        end
    end
    set -l out
    set -l flag ''
    if test -n "$pending"
        set out (__openclaw_option_values "$cmdpath" $pending)
    else if string match -q -- '-*=*' $cur
        set flag (string split -m 1 -- = $cur)[1]
        set out (__openclaw_option_values "$cmdpath" $flag)
    else if string match -q -- '-*' $cur
        set out (__openclaw_options "$cmdpath")
    else
        set out (__openclaw_subcommands "$cmdpath")
        test $npos -eq 0; and set -a out (__openclaw_arg_values "$cmdpath")
    end
    set -l values
    for c in $out
        if string match -q -- '@*' $c
            set -a values ($tokens[1] __complete (string sub -s 2 -- $c) 2>/dev/null)
        else
            set -a values $c
        end
    end
    for v in $values
        if test -n "$flag"
            printf '%s=%s\\n' $flag $v
        else
            printf '%s\\n' $v
        end
    end
end

complete -c openclaw -f -a '(__openclaw_complete)'
`;
}

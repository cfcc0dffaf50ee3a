import { GENERATED_NOTE, type CompletionTables } from './tables.js';

const psString = (text: string) => `'${text.replace(/'/g, "''")}'`;
const psArray = (words: string[]) => `@(${words.map(psString).join(', ')})`;
function psTable(map: Map<string, string[]>): string {
  const rows = [...map].map(([key, words]) => `    ${psString(key)} = ${psArray(words)}`);
  return `@{\n${rows.join('\n')}\n  }`;
}

/** PowerShell: a native argument completer walking the command AST with the same tables. */
export function powershellScript(t: CompletionTables): string {
  const names = (m: Map<string, [string, string][]>) => new Map([...m].map(([k, pairs]) => [k, pairs.map(([n]) => n)]));
  return `${GENERATED_NOTE('powershell')}
# Dot-source it from your $PROFILE, or install it with: openclaw completion --write-state --install

Register-ArgumentCompleter -Native -CommandName openclaw -ScriptBlock {
  param($wordToComplete, $commandAst, $cursorPosition)
  $subcommands = ${psTable(names(t.subcommands))}
  $options = ${psTable(names(t.options))}
  $valueFlags = ${psTable(t.valueFlags)}
  $optionValues = ${psTable(t.optionValues)}
  $argValues = ${psTable(t.argValues)}

  $words = @($commandAst.CommandElements | Where-Object { $_.Extent.EndOffset -le $cursorPosition } | ForEach-Object { $_.Extent.Text })
  if ($wordToComplete -ne '' -and $words.Count -gt 0) { $words = @($words[0..($words.Count - 2)]) }
  $program = if ($words.Count -gt 0) { $words[0] } else { 'openclaw' }
  $path = ''
  $pending = ''
  $npos = 0
  foreach ($w in ($words | Select-Object -Skip 1)) {
    if ($pending) { $pending = ''; continue }
    if ($w -like '-*=*') { continue }
    if ($w -like '-*') {
      if ($valueFlags[$path] -contains $w) { $pending = $w }
      continue
    }
    if ($subcommands[$path] -contains $w) { $path = ("$path $w").Trim(); $npos = 0 } else { $npos++ }
  }

  $prefix = ''
  $current = $wordToComplete
  if ($pending) {
    $candidates = $optionValues["$path|$pending"]
  } elseif ($wordToComplete -like '-*=*') {
    $flag, $current = $wordToComplete -split '=', 2
    $prefix = "$flag="
    $candidates = $optionValues["$path|$flag"]
  } elseif ($wordToComplete -like '-*') {
    $candidates = $options[$path]
  } else {
    $candidates = @($subcommands[$path])
    if ($npos -eq 0) { $candidates += $argValues[$path] }
  }

  $expanded = foreach ($c in $candidates) {
    if (-not $c) { continue }
    if ($c.StartsWith('@')) { & $program __complete $c.Substring(1) 2>$null } else { $c }
  }
  $expanded | Where-Object { $_ -like "$current*" } | ForEach-Object {
    [System.Management.Automation.CompletionResult]::new("$prefix$_", $_, 'ParameterValue', $_)
  }
}
`;
}

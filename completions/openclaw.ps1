# openclaw powershell completion. Generated from the command tree by `openclaw completion --shell powershell`; do not edit.
# Dot-source it from your $PROFILE, or install it with: openclaw completion --write-state --install

Register-ArgumentCompleter -Native -CommandName openclaw -ScriptBlock {
  param($wordToComplete, $commandAst, $cursorPosition)
  $subcommands = @{
    '' = @('onboard', 'models', 'completion', 'secrets')
    'models' = @('list', 'set', 'set-video', 'status', 'auth')
    'models auth' = @('list', 'logout', 'login', 'paste-token', 'paste-api-key', 'order')
    'models auth order' = @('get', 'set', 'clear')
    'secrets' = @('resolve', 'migrate')
  }
  $options = @{
    '' = @('--no-color', '--gateway-version', '-V', '--version', '-h', '--help')
    'onboard' = @('--non-interactive', '--auth-choice', '--api-key-stdin', '--secret-input-mode', '--secret-store', '--profile-id', '--base-url', '--region', '--model', '--video-model', '--no-video', '--write-daemon-env', '--dry-run', '--json', '--verify', '--verify-timeout', '--mode', '--modelstudio-api-key', '--modelstudio-api-key-cn', '--modelstudio-standard-api-key', '--modelstudio-standard-api-key-cn', '--qwen-token-plan-api-key', '--qwen-token-plan-api-key-cn', '--qwen-oauth-token', '--alibaba-model-studio-api-key', '--qwen-api-key', '--no-color', '--gateway-version', '-h', '--help')
    'models' = @('--json', '--plain', '--check', '--probe', '--probe-provider', '--probe-timeout', '--no-color', '--gateway-version', '-h', '--help')
    'models list' = @('--all', '--provider', '--json', '--plain', '--refresh', '--probe-timeout', '--no-color', '--gateway-version', '-h', '--help')
    'models set' = @('--no-color', '--gateway-version', '-h', '--help')
    'models set-video' = @('--no-color', '--gateway-version', '-h', '--help')
    'models status' = @('--json', '--plain', '--check', '--probe', '--probe-provider', '--probe-timeout', '--no-color', '--gateway-version', '-h', '--help')
    'models auth' = @('--no-color', '--gateway-version', '-h', '--help')
    'models auth list' = @('--provider', '--json', '--no-color', '--gateway-version', '-h', '--help')
    'models auth logout' = @('--yes', '--no-color', '--gateway-version', '-h', '--help')
    'models auth login' = @('--provider', '--non-interactive', '--auth-choice', '--api-key-stdin', '--secret-input-mode', '--secret-store', '--profile-id', '--base-url', '--region', '--model', '--video-model', '--no-video', '--write-daemon-env', '--dry-run', '--json', '--verify', '--verify-timeout', '--modelstudio-api-key', '--modelstudio-api-key-cn', '--modelstudio-standard-api-key', '--modelstudio-standard-api-key-cn', '--qwen-token-plan-api-key', '--qwen-token-plan-api-key-cn', '--qwen-oauth-token', '--alibaba-model-studio-api-key', '--qwen-api-key', '--no-color', '--gateway-version', '-h', '--help')
    'models auth paste-token' = @('--provider', '--profile-id', '--no-color', '--gateway-version', '-h', '--help')
    'models auth paste-api-key' = @('--provider', '--profile-id', '--no-color', '--gateway-version', '-h', '--help')
    'models auth order' = @('--no-color', '--gateway-version', '-h', '--help')
    'models auth order get' = @('--provider', '--json', '--no-color', '--gateway-version', '-h', '--help')
    'models auth order set' = @('--provider', '--no-color', '--gateway-version', '-h', '--help')
    'models auth order clear' = @('--provider', '--no-color', '--gateway-version', '-h', '--help')
    'completion' = @('--shell', '--write-state', '--install', '--yes', '--no-color', '--gateway-version', '-h', '--help')
    'secrets' = @('--no-color', '--gateway-version', '-h', '--help')
    'secrets resolve' = @('--no-color', '--gateway-version', '-h', '--help')
    'secrets migrate' = @('--to', '--no-color', '--gateway-version', '-h', '--help')
  }
  $valueFlags = @{
    '' = @('--gateway-version')
    'onboard' = @('--auth-choice', '--secret-input-mode', '--secret-store', '--profile-id', '--base-url', '--region', '--model', '--video-model', '--verify-timeout', '--mode', '--modelstudio-api-key', '--modelstudio-api-key-cn', '--modelstudio-standard-api-key', '--modelstudio-standard-api-key-cn', '--qwen-token-plan-api-key', '--qwen-token-plan-api-key-cn', '--qwen-oauth-token', '--alibaba-model-studio-api-key', '--qwen-api-key', '--gateway-version')
    'models' = @('--probe-provider', '--probe-timeout', '--gateway-version')
    'models list' = @('--provider', '--probe-timeout', '--gateway-version')
    'models set' = @('--gateway-version')
    'models set-video' = @('--gateway-version')
    'models status' = @('--probe-provider', '--probe-timeout', '--gateway-version')
    'models auth' = @('--gateway-version')
    'models auth list' = @('--provider', '--gateway-version')
    'models auth logout' = @('--gateway-version')
    'models auth login' = @('--provider', '--auth-choice', '--secret-input-mode', '--secret-store', '--profile-id', '--base-url', '--region', '--model', '--video-model', '--verify-timeout', '--modelstudio-api-key', '--modelstudio-api-key-cn', '--modelstudio-standard-api-key', '--modelstudio-standard-api-key-cn', '--qwen-token-plan-api-key', '--qwen-token-plan-api-key-cn', '--qwen-oauth-token', '--alibaba-model-studio-api-key', '--qwen-api-key', '--gateway-version')
    'models auth paste-token' = @('--provider', '--profile-id', '--gateway-version')
    'models auth paste-api-key' = @('--provider', '--profile-id', '--gateway-version')
    'models auth order' = @('--gateway-version')
    'models auth order get' = @('--provider', '--gateway-version')
    'models auth order set' = @('--provider', '--gateway-version')
    'models auth order clear' = @('--provider', '--gateway-version')
    'completion' = @('--shell', '--gateway-version')
    'secrets' = @('--gateway-version')
    'secrets resolve' = @('--gateway-version')
    'secrets migrate' = @('--to', '--gateway-version')
  }
  $optionValues = @{
    'onboard|--auth-choice' = @('qwen-api-key', 'modelstudio-api-key', 'qwen-api-key-cn', 'modelstudio-api-key-cn', 'qwen-standard-api-key', 'modelstudio-standard-api-key', 'qwen-standard-api-key-cn', 'modelstudio-standard-api-key-cn', 'qwen-token-plan', 'qwen-token-plan-cn', 'qwen-oauth', 'alibaba-model-studio-api-key')
    'onboard|--secret-input-mode' = @('plaintext', 'ref')
    'onboard|--secret-store' = @('auto', 'keychain', 'file')
    'onboard|--region' = @('global', 'cn')
    'onboard|--model' = @('@chat-model')
    'onboard|--video-model' = @('@video-model')
    'onboard|--mode' = @('local')
    'models|--probe-provider' = @('qwen', 'modelstudio', 'qwencloud', 'qwen-token-plan', 'bailian-token-plan', 'qwen-oauth', 'qwen-portal', 'qwen-cli', 'alibaba', '@provider')
    'models list|--provider' = @('qwen', 'modelstudio', 'qwencloud', 'qwen-token-plan', 'bailian-token-plan', 'qwen-oauth', 'qwen-portal', 'qwen-cli', 'alibaba', '@provider')
    'models status|--probe-provider' = @('qwen', 'modelstudio', 'qwencloud', 'qwen-token-plan', 'bailian-token-plan', 'qwen-oauth', 'qwen-portal', 'qwen-cli', 'alibaba', '@provider')
    'models auth list|--provider' = @('qwen', 'modelstudio', 'qwencloud', 'qwen-token-plan', 'bailian-token-plan', 'qwen-oauth', 'qwen-portal', 'qwen-cli', 'alibaba', '@provider')
    'models auth login|--provider' = @('qwen', 'modelstudio', 'qwencloud', 'qwen-token-plan', 'bailian-token-plan', 'qwen-oauth', 'qwen-portal', 'qwen-cli', 'alibaba', '@provider')
    'models auth login|--auth-choice' = @('qwen-api-key', 'modelstudio-api-key', 'qwen-api-key-cn', 'modelstudio-api-key-cn', 'qwen-standard-api-key', 'modelstudio-standard-api-key', 'qwen-standard-api-key-cn', 'modelstudio-standard-api-key-cn', 'qwen-token-plan', 'qwen-token-plan-cn', 'qwen-oauth', 'alibaba-model-studio-api-key')
    'models auth login|--secret-input-mode' = @('plaintext', 'ref')
    'models auth login|--secret-store' = @('auto', 'keychain', 'file')
    'models auth login|--region' = @('global', 'cn')
    'models auth login|--model' = @('@chat-model')
    'models auth login|--video-model' = @('@video-model')
    'models auth paste-token|--provider' = @('qwen', 'modelstudio', 'qwencloud', 'qwen-token-plan', 'bailian-token-plan', 'qwen-oauth', 'qwen-portal', 'qwen-cli', 'alibaba', '@provider')
    'models auth paste-api-key|--provider' = @('qwen', 'modelstudio', 'qwencloud', 'qwen-token-plan', 'bailian-token-plan', 'qwen-oauth', 'qwen-portal', 'qwen-cli', 'alibaba', '@provider')
    'models auth order get|--provider' = @('qwen', 'modelstudio', 'qwencloud', 'qwen-token-plan', 'bailian-token-plan', 'qwen-oauth', 'qwen-portal', 'qwen-cli', 'alibaba', '@provider')
    'models auth order set|--provider' = @('qwen', 'modelstudio', 'qwencloud', 'qwen-token-plan', 'bailian-token-plan', 'qwen-oauth', 'qwen-portal', 'qwen-cli', 'alibaba', '@provider')
    'models auth order clear|--provider' = @('qwen', 'modelstudio', 'qwencloud', 'qwen-token-plan', 'bailian-token-plan', 'qwen-oauth', 'qwen-portal', 'qwen-cli', 'alibaba', '@provider')
    'completion|--shell' = @('bash', 'zsh', 'fish', 'powershell')
    'secrets migrate|--to' = @('keychain', 'file')
  }
  $argValues = @{
    'models set' = @('@chat-model')
    'models set-video' = @('@video-model')
    'models auth logout' = @('@profile')
    'models auth order set' = @('@profile')
  }

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

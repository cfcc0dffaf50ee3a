#compdef openclaw
# openclaw zsh completion. Generated from the command tree by `openclaw completion --shell zsh`; do not edit.
# Source it from ~/.zshrc, or install it with: openclaw completion --write-state --install

_openclaw_is_subcommand() {
  case "$1|$2" in
    '|onboard'|'|models'|'|completion'|'|secrets'|'models|list'|'models|set'|'models|set-video'|'models|status'|'models|auth'|'models auth|list'|'models auth|logout'|'models auth|login'|'models auth|paste-token'|'models auth|paste-api-key'|'models auth|order'|'models auth order|get'|'models auth order|set'|'models auth order|clear'|'secrets|resolve'|'secrets|migrate') return 0 ;;
    *) return 1 ;;
  esac
}

_openclaw_takes_value() {
  case "$1|$2" in
    '|--gateway-version'|'onboard|--auth-choice'|'onboard|--secret-input-mode'|'onboard|--secret-store'|'onboard|--profile-id'|'onboard|--base-url'|'onboard|--region'|'onboard|--model'|'onboard|--video-model'|'onboard|--verify-timeout'|'onboard|--mode'|'onboard|--modelstudio-api-key'|'onboard|--modelstudio-api-key-cn'|'onboard|--modelstudio-standard-api-key'|'onboard|--modelstudio-standard-api-key-cn'|'onboard|--qwen-token-plan-api-key'|'onboard|--qwen-token-plan-api-key-cn'|'onboard|--qwen-oauth-token'|'onboard|--alibaba-model-studio-api-key'|'onboard|--qwen-api-key'|'onboard|--gateway-version'|'models|--probe-provider'|'models|--probe-timeout'|'models|--gateway-version'|'models list|--provider'|'models list|--probe-timeout'|'models list|--gateway-version'|'models set|--gateway-version'|'models set-video|--gateway-version'|'models status|--probe-provider'|'models status|--probe-timeout'|'models status|--gateway-version'|'models auth|--gateway-version'|'models auth list|--provider'|'models auth list|--gateway-version'|'models auth logout|--gateway-version'|'models auth login|--provider'|'models auth login|--auth-choice'|'models auth login|--secret-input-mode'|'models auth login|--secret-store'|'models auth login|--profile-id'|'models auth login|--base-url'|'models auth login|--region'|'models auth login|--model'|'models auth login|--video-model'|'models auth login|--verify-timeout'|'models auth login|--modelstudio-api-key'|'models auth login|--modelstudio-api-key-cn'|'models auth login|--modelstudio-standard-api-key'|'models auth login|--modelstudio-standard-api-key-cn'|'models auth login|--qwen-token-plan-api-key'|'models auth login|--qwen-token-plan-api-key-cn'|'models auth login|--qwen-oauth-token'|'models auth login|--alibaba-model-studio-api-key'|'models auth login|--qwen-api-key'|'models auth login|--gateway-version'|'models auth paste-token|--provider'|'models auth paste-token|--profile-id'|'models auth paste-token|--gateway-version'|'models auth paste-api-key|--provider'|'models auth paste-api-key|--profile-id'|'models auth paste-api-key|--gateway-version'|'models auth order|--gateway-version'|'models auth order get|--provider'|'models auth order get|--gateway-version'|'models auth order set|--provider'|'models auth order set|--gateway-version'|'models auth order clear|--provider'|'models auth order clear|--gateway-version'|'completion|--shell'|'completion|--gateway-version'|'secrets|--gateway-version'|'secrets resolve|--gateway-version'|'secrets migrate|--to'|'secrets migrate|--gateway-version') return 0 ;;
    *) return 1 ;;
  esac
}

_openclaw_subcommands() {
  case "$1" in
    '') _openclaw_words+=(onboard models completion secrets) ;;
    'models') _openclaw_words+=(list set set-video status auth) ;;
    'models auth') _openclaw_words+=(list logout login paste-token paste-api-key order) ;;
    'models auth order') _openclaw_words+=(get set clear) ;;
    'secrets') _openclaw_words+=(resolve migrate) ;;
    *) : ;;
  esac
}

_openclaw_options() {
  case "$1" in
    '') _openclaw_words+=(--no-color --gateway-version -V --version -h --help) ;;
    'onboard') _openclaw_words+=(--non-interactive --auth-choice --api-key-stdin --secret-input-mode --secret-store --profile-id --base-url --region --model --video-model --no-video --write-daemon-env --dry-run --json --verify --verify-timeout --mode --modelstudio-api-key --modelstudio-api-key-cn --modelstudio-standard-api-key --modelstudio-standard-api-key-cn --qwen-token-plan-api-key --qwen-token-plan-api-key-cn --qwen-oauth-token --alibaba-model-studio-api-key --qwen-api-key --no-color --gateway-version -h --help) ;;
    'models') _openclaw_words+=(--json --plain --check --probe --probe-provider --probe-timeout --no-color --gateway-version -h --help) ;;
    'models list') _openclaw_words+=(--all --provider --json --plain --refresh --probe-timeout --no-color --gateway-version -h --help) ;;
    'models set') _openclaw_words+=(--no-color --gateway-version -h --help) ;;
    'models set-video') _openclaw_words+=(--no-color --gateway-version -h --help) ;;
    'models status') _openclaw_words+=(--json --plain --check --probe --probe-provider --probe-timeout --no-color --gateway-version -h --help) ;;
    'models auth') _openclaw_words+=(--no-color --gateway-version -h --help) ;;
    'models auth list') _openclaw_words+=(--provider --json --no-color --gateway-version -h --help) ;;
    'models auth logout') _openclaw_words+=(--yes --no-color --gateway-version -h --help) ;;
    'models auth login') _openclaw_words+=(--provider --non-interactive --auth-choice --api-key-stdin --secret-input-mode --secret-store --profile-id --base-url --region --model --video-model --no-video --write-daemon-env --dry-run --json --verify --verify-timeout --modelstudio-api-key --modelstudio-api-key-cn --modelstudio-standard-api-key --modelstudio-standard-api-key-cn --qwen-token-plan-api-key --qwen-token-plan-api-key-cn --qwen-oauth-token --alibaba-model-studio-api-key --qwen-api-key --no-color --gateway-version -h --help) ;;
    'models auth paste-token') _openclaw_words+=(--provider --profile-id --no-color --gateway-version -h --help) ;;
    'models auth paste-api-key') _openclaw_words+=(--provider --profile-id --no-color --gateway-version -h --help) ;;
    'models auth order') _openclaw_words+=(--no-color --gateway-version -h --help) ;;
    'models auth order get') _openclaw_words+=(--provider --json --no-color --gateway-version -h --help) ;;
    'models auth order set') _openclaw_words+=(--provider --no-color --gateway-version -h --help) ;;
    'models auth order clear') _openclaw_words+=(--provider --no-color --gateway-version -h --help) ;;
    'completion') _openclaw_words+=(--shell --write-state --install --yes --no-color --gateway-version -h --help) ;;
    'secrets') _openclaw_words+=(--no-color --gateway-version -h --help) ;;
    'secrets resolve') _openclaw_words+=(--no-color --gateway-version -h --help) ;;
    'secrets migrate') _openclaw_words+=(--to --no-color --gateway-version -h --help) ;;
    *) : ;;
  esac
}

_openclaw_option_values() {
  case "$1|$2" in
    'onboard|--auth-choice') _openclaw_words+=(qwen-api-key modelstudio-api-key qwen-api-key-cn modelstudio-api-key-cn qwen-standard-api-key modelstudio-standard-api-key qwen-standard-api-key-cn modelstudio-standard-api-key-cn qwen-token-plan qwen-token-plan-cn qwen-oauth alibaba-model-studio-api-key) ;;
    'onboard|--secret-input-mode') _openclaw_words+=(plaintext ref) ;;
    'onboard|--secret-store') _openclaw_words+=(auto keychain file) ;;
    'onboard|--region') _openclaw_words+=(global cn) ;;
    'onboard|--model') _openclaw_words+=(@chat-model) ;;
    'onboard|--video-model') _openclaw_words+=(@video-model) ;;
    'onboard|--mode') _openclaw_words+=(local) ;;
    'models|--probe-provider') _openclaw_words+=(qwen modelstudio qwencloud qwen-token-plan bailian-token-plan qwen-oauth qwen-portal qwen-cli alibaba @provider) ;;
    'models list|--provider') _openclaw_words+=(qwen modelstudio qwencloud qwen-token-plan bailian-token-plan qwen-oauth qwen-portal qwen-cli alibaba @provider) ;;
    'models status|--probe-provider') _openclaw_words+=(qwen modelstudio qwencloud qwen-token-plan bailian-token-plan qwen-oauth qwen-portal qwen-cli alibaba @provider) ;;
    'models auth list|--provider') _openclaw_words+=(qwen modelstudio qwencloud qwen-token-plan bailian-token-plan qwen-oauth qwen-portal qwen-cli alibaba @provider) ;;
    'models auth login|--provider') _openclaw_words+=(qwen modelstudio qwencloud qwen-token-plan bailian-token-plan qwen-oauth qwen-portal qwen-cli alibaba @provider) ;;
    'models auth login|--auth-choice') _openclaw_words+=(qwen-api-key modelstudio-api-key qwen-api-key-cn modelstudio-api-key-cn qwen-standard-api-key modelstudio-standard-api-key qwen-standard-api-key-cn modelstudio-standard-api-key-cn qwen-token-plan qwen-token-plan-cn qwen-oauth alibaba-model-studio-api-key) ;;
    'models auth login|--secret-input-mode') _openclaw_words+=(plaintext ref) ;;
    'models auth login|--secret-store') _openclaw_words+=(auto keychain file) ;;
    'models auth login|--region') _openclaw_words+=(global cn) ;;
    'models auth login|--model') _openclaw_words+=(@chat-model) ;;
    'models auth login|--video-model') _openclaw_words+=(@video-model) ;;
    'models auth paste-token|--provider') _openclaw_words+=(qwen modelstudio qwencloud qwen-token-plan bailian-token-plan qwen-oauth qwen-portal qwen-cli alibaba @provider) ;;
    'models auth paste-api-key|--provider') _openclaw_words+=(qwen modelstudio qwencloud qwen-token-plan bailian-token-plan qwen-oauth qwen-portal qwen-cli alibaba @provider) ;;
    'models auth order get|--provider') _openclaw_words+=(qwen modelstudio qwencloud qwen-token-plan bailian-token-plan qwen-oauth qwen-portal qwen-cli alibaba @provider) ;;
    'models auth order set|--provider') _openclaw_words+=(qwen modelstudio qwencloud qwen-token-plan bailian-token-plan qwen-oauth qwen-portal qwen-cli alibaba @provider) ;;
    'models auth order clear|--provider') _openclaw_words+=(qwen modelstudio qwencloud qwen-token-plan bailian-token-plan qwen-oauth qwen-portal qwen-cli alibaba @provider) ;;
    'completion|--shell') _openclaw_words+=(bash zsh fish powershell) ;;
    'secrets migrate|--to') _openclaw_words+=(keychain file) ;;
    *) : ;;
  esac
}

_openclaw_arg_values() {
  case "$1" in
    'models set') _openclaw_words+=(@chat-model) ;;
    'models set-video') _openclaw_words+=(@video-model) ;;
    'models auth logout') _openclaw_words+=(@profile) ;;
    'models auth order set') _openclaw_words+=(@profile) ;;
    *) : ;;
  esac
}

typeset -gA _openclaw_descriptions
_openclaw_descriptions=(
  '|onboard' 'Set up a Qwen Cloud, Qwen Portal or Alibaba Model Studio key and the default models'
  '|models' 'List, choose and check models (default: status)'
  '|completion' 'Print, cache or install the shell completion script'
  '|secrets' 'Secret references for the Gateway'
  'models|list' 'List configured models, or the catalog'
  'models|set' 'Set the default chat model'
  'models|set-video' 'Set the default video generation model'
  'models|status' 'Default models and where each provider in use gets its credential'
  'models|auth' 'Stored auth profiles'
  'models auth|list' 'List stored profiles and where their secret lives (never the secret)'
  'models auth|logout' 'Remove a profile from the store, the keychain and the config'
  'models auth|login' 'Run the onboarding flow for one provider (plan, region, key, models)'
  'models auth|paste-token' 'Store a pasted key or token for a provider (masked prompt, or stdin)'
  'models auth|paste-api-key' 'Store a pasted API key for a provider (the same as paste-token)'
  'models auth|order' 'Which profile of a provider the Gateway uses first'
  'models auth order|get' 'Show the order the Gateway tries a provider'\''s profiles in, and the active one'
  'models auth order|set' 'Set the order of a provider'\''s profiles for this agent (auth-state.json); the first usable one is active'
  'models auth order|clear' 'Remove this agent'\''s order override for a provider'
  'secrets|resolve' 'Exec secret provider: read a request on stdin, print the values (protocol v1)'
  'secrets|migrate' 'Move stored keys into the OS keychain, or back into the file store'
  '|--no-color' 'disable colour (also NO_COLOR)'
  '|--gateway-version' 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
  '|-V' 'output the version number'
  '|--version' 'output the version number'
  '|-h' 'display help'
  '|--help' 'display help'
  'onboard|--non-interactive' 'never prompt; missing answers are errors naming their flag'
  'onboard|--auth-choice' 'how to authenticate (see the list below)'
  'onboard|--api-key-stdin' 'read the key from stdin'
  'onboard|--secret-input-mode' 'store the key, or a reference to its env var'
  'onboard|--secret-store' 'where a plaintext key goes (default auto: the OS keychain when one answers)'
  'onboard|--profile-id' 'profile name (default: default)'
  'onboard|--base-url' 'custom endpoint base URL'
  'onboard|--region' 'region, for a choice that takes one (alibaba-model-studio-api-key)'
  'onboard|--model' 'default chat model'
  'onboard|--video-model' 'default video model'
  'onboard|--no-video' 'remove the default video model'
  'onboard|--write-daemon-env' 'in ref mode, also write the env var to <state>/.env for a Gateway daemon'
  'onboard|--dry-run' 'print the planned changes, write nothing'
  'onboard|--json' 'print one JSON result object'
  'onboard|--verify' 'make one small live request with the key before writing'
  'onboard|--verify-timeout' 'how long the key check may take, in milliseconds (default 8000)'
  'onboard|--mode' 'Gateway mode (accepted for compatibility)'
  'onboard|--modelstudio-api-key' 'key for qwen-api-key (prefer --api-key-stdin or the env var)'
  'onboard|--modelstudio-api-key-cn' 'key for qwen-api-key-cn (prefer --api-key-stdin or the env var)'
  'onboard|--modelstudio-standard-api-key' 'key for qwen-standard-api-key (prefer --api-key-stdin or the env var)'
  'onboard|--modelstudio-standard-api-key-cn' 'key for qwen-standard-api-key-cn (prefer --api-key-stdin or the env var)'
  'onboard|--qwen-token-plan-api-key' 'key for qwen-token-plan (prefer --api-key-stdin or the env var)'
  'onboard|--qwen-token-plan-api-key-cn' 'key for qwen-token-plan-cn (prefer --api-key-stdin or the env var)'
  'onboard|--qwen-oauth-token' 'key for qwen-oauth (prefer --api-key-stdin or the env var)'
  'onboard|--alibaba-model-studio-api-key' 'key for alibaba-model-studio-api-key (prefer --api-key-stdin or the env var)'
  'onboard|--qwen-api-key' 'key for any qwen choice'
  'onboard|--no-color' 'disable colour (also NO_COLOR)'
  'onboard|--gateway-version' 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
  'onboard|-h' 'display help'
  'onboard|--help' 'display help'
  'models|--json' 'JSON output'
  'models|--plain' 'the resolved default model only'
  'models|--check' 'exit 1 when a credential is missing or unusable, 2 when one expires within 24 h'
  'models|--probe' 'one small live request per provider in use'
  'models|--probe-provider' 'probe only this provider'
  'models|--probe-timeout' 'probe timeout in milliseconds (default 8000)'
  'models|--no-color' 'disable colour (also NO_COLOR)'
  'models|--gateway-version' 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
  'models|-h' 'display help'
  'models|--help' 'display help'
  'models list|--all' 'the whole catalog'
  'models list|--provider' 'one provider (id or alias), endpoint-aware for its configured base URL'
  'models list|--json' 'JSON output'
  'models list|--plain' 'one model ref a line'
  'models list|--refresh' 'ask the configured endpoints which models they serve now (needs a stored key)'
  'models list|--probe-timeout' 'request timeout in milliseconds (default 8000)'
  'models list|--no-color' 'disable colour (also NO_COLOR)'
  'models list|--gateway-version' 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
  'models list|-h' 'display help'
  'models list|--help' 'display help'
  'models set|--no-color' 'disable colour (also NO_COLOR)'
  'models set|--gateway-version' 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
  'models set|-h' 'display help'
  'models set|--help' 'display help'
  'models set-video|--no-color' 'disable colour (also NO_COLOR)'
  'models set-video|--gateway-version' 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
  'models set-video|-h' 'display help'
  'models set-video|--help' 'display help'
  'models status|--json' 'JSON output'
  'models status|--plain' 'the resolved default model only'
  'models status|--check' 'exit 1 when a credential is missing or unusable, 2 when one expires within 24 h'
  'models status|--probe' 'one small live request per provider in use'
  'models status|--probe-provider' 'probe only this provider'
  'models status|--probe-timeout' 'probe timeout in milliseconds (default 8000)'
  'models status|--no-color' 'disable colour (also NO_COLOR)'
  'models status|--gateway-version' 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
  'models status|-h' 'display help'
  'models status|--help' 'display help'
  'models auth|--no-color' 'disable colour (also NO_COLOR)'
  'models auth|--gateway-version' 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
  'models auth|-h' 'display help'
  'models auth|--help' 'display help'
  'models auth list|--provider' 'one provider (id or alias)'
  'models auth list|--json' 'JSON output'
  'models auth list|--no-color' 'disable colour (also NO_COLOR)'
  'models auth list|--gateway-version' 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
  'models auth list|-h' 'display help'
  'models auth list|--help' 'display help'
  'models auth logout|--yes' 'skip the confirmation'
  'models auth logout|--no-color' 'disable colour (also NO_COLOR)'
  'models auth logout|--gateway-version' 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
  'models auth logout|-h' 'display help'
  'models auth logout|--help' 'display help'
  'models auth login|--provider' 'provider id or alias'
  'models auth login|--non-interactive' 'never prompt; missing answers are errors naming their flag'
  'models auth login|--auth-choice' 'how to authenticate (see the list below)'
  'models auth login|--api-key-stdin' 'read the key from stdin'
  'models auth login|--secret-input-mode' 'store the key, or a reference to its env var'
  'models auth login|--secret-store' 'where a plaintext key goes (default auto: the OS keychain when one answers)'
  'models auth login|--profile-id' 'profile name (default: default)'
  'models auth login|--base-url' 'custom endpoint base URL'
  'models auth login|--region' 'region, for a choice that takes one (alibaba-model-studio-api-key)'
  'models auth login|--model' 'default chat model'
  'models auth login|--video-model' 'default video model'
  'models auth login|--no-video' 'remove the default video model'
  'models auth login|--write-daemon-env' 'in ref mode, also write the env var to <state>/.env for a Gateway daemon'
  'models auth login|--dry-run' 'print the planned changes, write nothing'
  'models auth login|--json' 'print one JSON result object'
  'models auth login|--verify' 'make one small live request with the key before writing'
  'models auth login|--verify-timeout' 'how long the key check may take, in milliseconds (default 8000)'
  'models auth login|--modelstudio-api-key' 'key for qwen-api-key (prefer --api-key-stdin or the env var)'
  'models auth login|--modelstudio-api-key-cn' 'key for qwen-api-key-cn (prefer --api-key-stdin or the env var)'
  'models auth login|--modelstudio-standard-api-key' 'key for qwen-standard-api-key (prefer --api-key-stdin or the env var)'
  'models auth login|--modelstudio-standard-api-key-cn' 'key for qwen-standard-api-key-cn (prefer --api-key-stdin or the env var)'
  'models auth login|--qwen-token-plan-api-key' 'key for qwen-token-plan (prefer --api-key-stdin or the env var)'
  'models auth login|--qwen-token-plan-api-key-cn' 'key for qwen-token-plan-cn (prefer --api-key-stdin or the env var)'
  'models auth login|--qwen-oauth-token' 'key for qwen-oauth (prefer --api-key-stdin or the env var)'
  'models auth login|--alibaba-model-studio-api-key' 'key for alibaba-model-studio-api-key (prefer --api-key-stdin or the env var)'
  'models auth login|--qwen-api-key' 'key for any qwen choice'
  'models auth login|--no-color' 'disable colour (also NO_COLOR)'
  'models auth login|--gateway-version' 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
  'models auth login|-h' 'display help'
  'models auth login|--help' 'display help'
  'models auth paste-token|--provider' 'provider id or alias'
  'models auth paste-token|--profile-id' 'profile id or name (default: <provider>:default)'
  'models auth paste-token|--no-color' 'disable colour (also NO_COLOR)'
  'models auth paste-token|--gateway-version' 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
  'models auth paste-token|-h' 'display help'
  'models auth paste-token|--help' 'display help'
  'models auth paste-api-key|--provider' 'provider id or alias'
  'models auth paste-api-key|--profile-id' 'profile id or name (default: <provider>:default)'
  'models auth paste-api-key|--no-color' 'disable colour (also NO_COLOR)'
  'models auth paste-api-key|--gateway-version' 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
  'models auth paste-api-key|-h' 'display help'
  'models auth paste-api-key|--help' 'display help'
  'models auth order|--no-color' 'disable colour (also NO_COLOR)'
  'models auth order|--gateway-version' 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
  'models auth order|-h' 'display help'
  'models auth order|--help' 'display help'
  'models auth order get|--provider' 'provider id or alias'
  'models auth order get|--json' 'JSON output'
  'models auth order get|--no-color' 'disable colour (also NO_COLOR)'
  'models auth order get|--gateway-version' 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
  'models auth order get|-h' 'display help'
  'models auth order get|--help' 'display help'
  'models auth order set|--provider' 'provider id or alias'
  'models auth order set|--no-color' 'disable colour (also NO_COLOR)'
  'models auth order set|--gateway-version' 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
  'models auth order set|-h' 'display help'
  'models auth order set|--help' 'display help'
  'models auth order clear|--provider' 'provider id or alias'
  'models auth order clear|--no-color' 'disable colour (also NO_COLOR)'
  'models auth order clear|--gateway-version' 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
  'models auth order clear|-h' 'display help'
  'models auth order clear|--help' 'display help'
  'completion|--shell' 'target shell (default from $SHELL)'
  'completion|--write-state' 'cache the scripts under <state>/completions'
  'completion|--install' 'add a block that sources the cache to the shell'\''s profile'
  'completion|--yes' 'skip the confirmation'
  'completion|--no-color' 'disable colour (also NO_COLOR)'
  'completion|--gateway-version' 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
  'completion|-h' 'display help'
  'completion|--help' 'display help'
  'secrets|--no-color' 'disable colour (also NO_COLOR)'
  'secrets|--gateway-version' 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
  'secrets|-h' 'display help'
  'secrets|--help' 'display help'
  'secrets resolve|--no-color' 'disable colour (also NO_COLOR)'
  'secrets resolve|--gateway-version' 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
  'secrets resolve|-h' 'display help'
  'secrets resolve|--help' 'display help'
  'secrets migrate|--to' 'target store'
  'secrets migrate|--no-color' 'disable colour (also NO_COLOR)'
  'secrets migrate|--gateway-version' 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
  'secrets migrate|-h' 'display help'
  'secrets migrate|--help' 'display help'
)

_openclaw_walk() {
  local w
  _openclaw_path='' _openclaw_pending='' _openclaw_npos=0
  for w in "${_openclaw_argv[@]}"; do
    if [[ -n $_openclaw_pending ]]; then _openclaw_pending=''; continue; fi
    case $w in
      -*=*) ;;
      -*) _openclaw_takes_value "$_openclaw_path" "$w" && _openclaw_pending=$w ;;
      *)
        if _openclaw_is_subcommand "$_openclaw_path" "$w"; then
          _openclaw_path=${_openclaw_path:+$_openclaw_path }$w
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
    _openclaw_option_values "$_openclaw_path" "${cur%%=*}"
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
  for word in "${_openclaw_words[@]}"; do
    case $word in
      @*) while IFS= read -r line; do [[ -n $line ]] && out+=("$line"); done < <("$1" __complete "${word#@}" 2>/dev/null) ;;
      *) out+=("$word") ;;
    esac
  done
  _openclaw_words=("${out[@]}")
}

_openclaw() {
  local cur=${words[CURRENT]}
  local -a _openclaw_argv
  _openclaw_argv=("${(@)words[2,CURRENT-1]}")
  _openclaw_walk
  _openclaw_candidates "$cur"
  _openclaw_expand "${words[1]}"
  if [[ $cur == -*=* && -z $_openclaw_pending ]]; then
    compset -P '*='
  fi
  local -a shown
  local word text
  for word in "${_openclaw_words[@]}"; do
    text=${_openclaw_descriptions[$_openclaw_path|$word]}
    shown+=("${word}${text:+  -- $text}")
  done
  compadd -l -d shown -- "${_openclaw_words[@]}"
}

if [[ "${funcstack[1]}" == _openclaw ]]; then
  _openclaw "$@"
else
  (( ${+functions[compdef]} )) || { autoload -Uz compinit && compinit -u; }
  compdef _openclaw openclaw
fi

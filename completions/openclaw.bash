# openclaw bash completion. Generated from the command tree by `openclaw completion --shell bash`; do not edit.
# Source it from ~/.bashrc, or install it with: openclaw completion --write-state --install

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
  local line=${COMP_LINE:0:COMP_POINT} cur='' prefix
  local -a _openclaw_argv
  read -r -a _openclaw_argv <<<"$line"
  if [[ -n $line && $line != *[[:space:]] ]]; then
    cur=${_openclaw_argv[${#_openclaw_argv[@]}-1]}
    unset '_openclaw_argv[${#_openclaw_argv[@]}-1]'
  fi
  local prog=${_openclaw_argv[0]:-openclaw}
  _openclaw_argv=("${_openclaw_argv[@]:1}")
  _openclaw_walk
  _openclaw_candidates "$cur"
  _openclaw_expand "$prog"
  [[ $cur == -*=* && -z $_openclaw_pending ]] && cur=${cur#*=}
  local IFS=$'\n'
  COMPREPLY=($(compgen -W "${_openclaw_words[*]}" -- "$cur"))
  if [[ $cur == *:* && $COMP_WORDBREAKS == *:* ]]; then
    prefix=${cur%"${cur##*:}"}
    COMPREPLY=("${COMPREPLY[@]#"$prefix"}")
  fi
}

complete -F _openclaw openclaw

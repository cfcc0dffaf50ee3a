# openclaw fish completion. Generated from the command tree by `openclaw completion --shell fish`; do not edit.
# Source it from ~/.config/fish/config.fish, or install it with: openclaw completion --write-state --install

function __openclaw_is_subcommand
    switch "$argv[1]|$argv[2]"
        case '|onboard' '|models' '|completion' '|secrets' 'models|list' 'models|set' 'models|set-video' 'models|status' 'models|auth' 'models auth|list' 'models auth|logout' 'models auth|login' 'models auth|paste-token' 'models auth|paste-api-key' 'models auth|order' 'models auth order|get' 'models auth order|set' 'models auth order|clear' 'secrets|resolve' 'secrets|migrate'
            return 0
    end
    return 1
end

function __openclaw_takes_value
    switch "$argv[1]|$argv[2]"
        case '|--gateway-version' 'onboard|--auth-choice' 'onboard|--secret-input-mode' 'onboard|--secret-store' 'onboard|--profile-id' 'onboard|--base-url' 'onboard|--region' 'onboard|--model' 'onboard|--video-model' 'onboard|--verify-timeout' 'onboard|--mode' 'onboard|--modelstudio-api-key' 'onboard|--modelstudio-api-key-cn' 'onboard|--modelstudio-standard-api-key' 'onboard|--modelstudio-standard-api-key-cn' 'onboard|--qwen-token-plan-api-key' 'onboard|--qwen-token-plan-api-key-cn' 'onboard|--qwen-oauth-token' 'onboard|--alibaba-model-studio-api-key' 'onboard|--qwen-api-key' 'onboard|--gateway-version' 'models|--probe-provider' 'models|--probe-timeout' 'models|--gateway-version' 'models list|--provider' 'models list|--probe-timeout' 'models list|--gateway-version' 'models set|--gateway-version' 'models set-video|--gateway-version' 'models status|--probe-provider' 'models status|--probe-timeout' 'models status|--gateway-version' 'models auth|--gateway-version' 'models auth list|--provider' 'models auth list|--gateway-version' 'models auth logout|--gateway-version' 'models auth login|--provider' 'models auth login|--auth-choice' 'models auth login|--secret-input-mode' 'models auth login|--secret-store' 'models auth login|--profile-id' 'models auth login|--base-url' 'models auth login|--region' 'models auth login|--model' 'models auth login|--video-model' 'models auth login|--verify-timeout' 'models auth login|--modelstudio-api-key' 'models auth login|--modelstudio-api-key-cn' 'models auth login|--modelstudio-standard-api-key' 'models auth login|--modelstudio-standard-api-key-cn' 'models auth login|--qwen-token-plan-api-key' 'models auth login|--qwen-token-plan-api-key-cn' 'models auth login|--qwen-oauth-token' 'models auth login|--alibaba-model-studio-api-key' 'models auth login|--qwen-api-key' 'models auth login|--gateway-version' 'models auth paste-token|--provider' 'models auth paste-token|--profile-id' 'models auth paste-token|--gateway-version' 'models auth paste-api-key|--provider' 'models auth paste-api-key|--profile-id' 'models auth paste-api-key|--gateway-version' 'models auth order|--gateway-version' 'models auth order get|--provider' 'models auth order get|--gateway-version' 'models auth order set|--provider' 'models auth order set|--gateway-version' 'models auth order clear|--provider' 'models auth order clear|--gateway-version' 'completion|--shell' 'completion|--gateway-version' 'secrets|--gateway-version' 'secrets resolve|--gateway-version' 'secrets migrate|--to' 'secrets migrate|--gateway-version'
            return 0
    end
    return 1
end

function __openclaw_subcommands
    switch "$argv[1]"
        case ''
            printf '%s\t%s\n' onboard 'Set up a Qwen Cloud, Qwen Portal or Alibaba Model Studio key and the default models'
            printf '%s\t%s\n' models 'List, choose and check models (default: status)'
            printf '%s\t%s\n' completion 'Print, cache or install the shell completion script'
            printf '%s\t%s\n' secrets 'Secret references for the Gateway'
        case 'models'
            printf '%s\t%s\n' list 'List configured models, or the catalog'
            printf '%s\t%s\n' set 'Set the default chat model'
            printf '%s\t%s\n' set-video 'Set the default video generation model'
            printf '%s\t%s\n' status 'Default models and where each provider in use gets its credential'
            printf '%s\t%s\n' auth 'Stored auth profiles'
        case 'models auth'
            printf '%s\t%s\n' list 'List stored profiles and where their secret lives (never the secret)'
            printf '%s\t%s\n' logout 'Remove a profile from the store, the keychain and the config'
            printf '%s\t%s\n' login 'Run the onboarding flow for one provider (plan, region, key, models)'
            printf '%s\t%s\n' paste-token 'Store a pasted key or token for a provider (masked prompt, or stdin)'
            printf '%s\t%s\n' paste-api-key 'Store a pasted API key for a provider (the same as paste-token)'
            printf '%s\t%s\n' order 'Which profile of a provider the Gateway uses first'
        case 'models auth order'
            printf '%s\t%s\n' get 'Show the order the Gateway tries a provider\'s profiles in, and the active one'
            printf '%s\t%s\n' set 'Set the order of a provider\'s profiles for this agent (auth-state.json); the first usable one is active'
            printf '%s\t%s\n' clear 'Remove this agent\'s order override for a provider'
        case 'secrets'
            printf '%s\t%s\n' resolve 'Exec secret provider: read a request on stdin, print the values (protocol v1)'
            printf '%s\t%s\n' migrate 'Move stored keys into the OS keychain, or back into the file store'
    end
end

function __openclaw_options
    switch "$argv[1]"
        case ''
            printf '%s\t%s\n' --no-color 'disable colour (also NO_COLOR)'
            printf '%s\t%s\n' --gateway-version 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
            printf '%s\t%s\n' -V 'output the version number'
            printf '%s\t%s\n' --version 'output the version number'
            printf '%s\t%s\n' -h 'display help'
            printf '%s\t%s\n' --help 'display help'
        case 'onboard'
            printf '%s\t%s\n' --non-interactive 'never prompt; missing answers are errors naming their flag'
            printf '%s\t%s\n' --auth-choice 'how to authenticate (see the list below)'
            printf '%s\t%s\n' --api-key-stdin 'read the key from stdin'
            printf '%s\t%s\n' --secret-input-mode 'store the key, or a reference to its env var'
            printf '%s\t%s\n' --secret-store 'where a plaintext key goes (default auto: the OS keychain when one answers)'
            printf '%s\t%s\n' --profile-id 'profile name (default: default)'
            printf '%s\t%s\n' --base-url 'custom endpoint base URL'
            printf '%s\t%s\n' --region 'region, for a choice that takes one (alibaba-model-studio-api-key)'
            printf '%s\t%s\n' --model 'default chat model'
            printf '%s\t%s\n' --video-model 'default video model'
            printf '%s\t%s\n' --no-video 'remove the default video model'
            printf '%s\t%s\n' --write-daemon-env 'in ref mode, also write the env var to <state>/.env for a Gateway daemon'
            printf '%s\t%s\n' --dry-run 'print the planned changes, write nothing'
            printf '%s\t%s\n' --json 'print one JSON result object'
            printf '%s\t%s\n' --verify 'make one small live request with the key before writing'
            printf '%s\t%s\n' --verify-timeout 'how long the key check may take, in milliseconds (default 8000)'
            printf '%s\t%s\n' --mode 'Gateway mode (accepted for compatibility)'
            printf '%s\t%s\n' --modelstudio-api-key 'key for qwen-api-key (prefer --api-key-stdin or the env var)'
            printf '%s\t%s\n' --modelstudio-api-key-cn 'key for qwen-api-key-cn (prefer --api-key-stdin or the env var)'
            printf '%s\t%s\n' --modelstudio-standard-api-key 'key for qwen-standard-api-key (prefer --api-key-stdin or the env var)'
            printf '%s\t%s\n' --modelstudio-standard-api-key-cn 'key for qwen-standard-api-key-cn (prefer --api-key-stdin or the env var)'
            printf '%s\t%s\n' --qwen-token-plan-api-key 'key for qwen-token-plan (prefer --api-key-stdin or the env var)'
            printf '%s\t%s\n' --qwen-token-plan-api-key-cn 'key for qwen-token-plan-cn (prefer --api-key-stdin or the env var)'
            printf '%s\t%s\n' --qwen-oauth-token 'key for qwen-oauth (prefer --api-key-stdin or the env var)'
            printf '%s\t%s\n' --alibaba-model-studio-api-key 'key for alibaba-model-studio-api-key (prefer --api-key-stdin or the env var)'
            printf '%s\t%s\n' --qwen-api-key 'key for any qwen choice'
            printf '%s\t%s\n' --no-color 'disable colour (also NO_COLOR)'
            printf '%s\t%s\n' --gateway-version 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
            printf '%s\t%s\n' -h 'display help'
            printf '%s\t%s\n' --help 'display help'
        case 'models'
            printf '%s\t%s\n' --json 'JSON output'
            printf '%s\t%s\n' --plain 'the resolved default model only'
            printf '%s\t%s\n' --check 'exit 1 when a credential is missing or unusable, 2 when one expires within 24 h'
            printf '%s\t%s\n' --probe 'one small live request per provider in use'
            printf '%s\t%s\n' --probe-provider 'probe only this provider'
            printf '%s\t%s\n' --probe-timeout 'probe timeout in milliseconds (default 8000)'
            printf '%s\t%s\n' --no-color 'disable colour (also NO_COLOR)'
            printf '%s\t%s\n' --gateway-version 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
            printf '%s\t%s\n' -h 'display help'
            printf '%s\t%s\n' --help 'display help'
        case 'models list'
            printf '%s\t%s\n' --all 'the whole catalog'
            printf '%s\t%s\n' --provider 'one provider (id or alias), endpoint-aware for its configured base URL'
            printf '%s\t%s\n' --json 'JSON output'
            printf '%s\t%s\n' --plain 'one model ref a line'
            printf '%s\t%s\n' --refresh 'ask the configured endpoints which models they serve now (needs a stored key)'
            printf '%s\t%s\n' --probe-timeout 'request timeout in milliseconds (default 8000)'
            printf '%s\t%s\n' --no-color 'disable colour (also NO_COLOR)'
            printf '%s\t%s\n' --gateway-version 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
            printf '%s\t%s\n' -h 'display help'
            printf '%s\t%s\n' --help 'display help'
        case 'models set'
            printf '%s\t%s\n' --no-color 'disable colour (also NO_COLOR)'
            printf '%s\t%s\n' --gateway-version 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
            printf '%s\t%s\n' -h 'display help'
            printf '%s\t%s\n' --help 'display help'
        case 'models set-video'
            printf '%s\t%s\n' --no-color 'disable colour (also NO_COLOR)'
            printf '%s\t%s\n' --gateway-version 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
            printf '%s\t%s\n' -h 'display help'
            printf '%s\t%s\n' --help 'display help'
        case 'models status'
            printf '%s\t%s\n' --json 'JSON output'
            printf '%s\t%s\n' --plain 'the resolved default model only'
            printf '%s\t%s\n' --check 'exit 1 when a credential is missing or unusable, 2 when one expires within 24 h'
            printf '%s\t%s\n' --probe 'one small live request per provider in use'
            printf '%s\t%s\n' --probe-provider 'probe only this provider'
            printf '%s\t%s\n' --probe-timeout 'probe timeout in milliseconds (default 8000)'
            printf '%s\t%s\n' --no-color 'disable colour (also NO_COLOR)'
            printf '%s\t%s\n' --gateway-version 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
            printf '%s\t%s\n' -h 'display help'
            printf '%s\t%s\n' --help 'display help'
        case 'models auth'
            printf '%s\t%s\n' --no-color 'disable colour (also NO_COLOR)'
            printf '%s\t%s\n' --gateway-version 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
            printf '%s\t%s\n' -h 'display help'
            printf '%s\t%s\n' --help 'display help'
        case 'models auth list'
            printf '%s\t%s\n' --provider 'one provider (id or alias)'
            printf '%s\t%s\n' --json 'JSON output'
            printf '%s\t%s\n' --no-color 'disable colour (also NO_COLOR)'
            printf '%s\t%s\n' --gateway-version 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
            printf '%s\t%s\n' -h 'display help'
            printf '%s\t%s\n' --help 'display help'
        case 'models auth logout'
            printf '%s\t%s\n' --yes 'skip the confirmation'
            printf '%s\t%s\n' --no-color 'disable colour (also NO_COLOR)'
            printf '%s\t%s\n' --gateway-version 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
            printf '%s\t%s\n' -h 'display help'
            printf '%s\t%s\n' --help 'display help'
        case 'models auth login'
            printf '%s\t%s\n' --provider 'provider id or alias'
            printf '%s\t%s\n' --non-interactive 'never prompt; missing answers are errors naming their flag'
            printf '%s\t%s\n' --auth-choice 'how to authenticate (see the list below)'
            printf '%s\t%s\n' --api-key-stdin 'read the key from stdin'
            printf '%s\t%s\n' --secret-input-mode 'store the key, or a reference to its env var'
            printf '%s\t%s\n' --secret-store 'where a plaintext key goes (default auto: the OS keychain when one answers)'
            printf '%s\t%s\n' --profile-id 'profile name (default: default)'
            printf '%s\t%s\n' --base-url 'custom endpoint base URL'
            printf '%s\t%s\n' --region 'region, for a choice that takes one (alibaba-model-studio-api-key)'
            printf '%s\t%s\n' --model 'default chat model'
            printf '%s\t%s\n' --video-model 'default video model'
            printf '%s\t%s\n' --no-video 'remove the default video model'
            printf '%s\t%s\n' --write-daemon-env 'in ref mode, also write the env var to <state>/.env for a Gateway daemon'
            printf '%s\t%s\n' --dry-run 'print the planned changes, write nothing'
            printf '%s\t%s\n' --json 'print one JSON result object'
            printf '%s\t%s\n' --verify 'make one small live request with the key before writing'
            printf '%s\t%s\n' --verify-timeout 'how long the key check may take, in milliseconds (default 8000)'
            printf '%s\t%s\n' --modelstudio-api-key 'key for qwen-api-key (prefer --api-key-stdin or the env var)'
            printf '%s\t%s\n' --modelstudio-api-key-cn 'key for qwen-api-key-cn (prefer --api-key-stdin or the env var)'
            printf '%s\t%s\n' --modelstudio-standard-api-key 'key for qwen-standard-api-key (prefer --api-key-stdin or the env var)'
            printf '%s\t%s\n' --modelstudio-standard-api-key-cn 'key for qwen-standard-api-key-cn (prefer --api-key-stdin or the env var)'
            printf '%s\t%s\n' --qwen-token-plan-api-key 'key for qwen-token-plan (prefer --api-key-stdin or the env var)'
            printf '%s\t%s\n' --qwen-token-plan-api-key-cn 'key for qwen-token-plan-cn (prefer --api-key-stdin or the env var)'
            printf '%s\t%s\n' --qwen-oauth-token 'key for qwen-oauth (prefer --api-key-stdin or the env var)'
            printf '%s\t%s\n' --alibaba-model-studio-api-key 'key for alibaba-model-studio-api-key (prefer --api-key-stdin or the env var)'
            printf '%s\t%s\n' --qwen-api-key 'key for any qwen choice'
            printf '%s\t%s\n' --no-color 'disable colour (also NO_COLOR)'
            printf '%s\t%s\n' --gateway-version 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
            printf '%s\t%s\n' -h 'display help'
            printf '%s\t%s\n' --help 'display help'
        case 'models auth paste-token'
            printf '%s\t%s\n' --provider 'provider id or alias'
            printf '%s\t%s\n' --profile-id 'profile id or name (default: <provider>:default)'
            printf '%s\t%s\n' --no-color 'disable colour (also NO_COLOR)'
            printf '%s\t%s\n' --gateway-version 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
            printf '%s\t%s\n' -h 'display help'
            printf '%s\t%s\n' --help 'display help'
        case 'models auth paste-api-key'
            printf '%s\t%s\n' --provider 'provider id or alias'
            printf '%s\t%s\n' --profile-id 'profile id or name (default: <provider>:default)'
            printf '%s\t%s\n' --no-color 'disable colour (also NO_COLOR)'
            printf '%s\t%s\n' --gateway-version 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
            printf '%s\t%s\n' -h 'display help'
            printf '%s\t%s\n' --help 'display help'
        case 'models auth order'
            printf '%s\t%s\n' --no-color 'disable colour (also NO_COLOR)'
            printf '%s\t%s\n' --gateway-version 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
            printf '%s\t%s\n' -h 'display help'
            printf '%s\t%s\n' --help 'display help'
        case 'models auth order get'
            printf '%s\t%s\n' --provider 'provider id or alias'
            printf '%s\t%s\n' --json 'JSON output'
            printf '%s\t%s\n' --no-color 'disable colour (also NO_COLOR)'
            printf '%s\t%s\n' --gateway-version 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
            printf '%s\t%s\n' -h 'display help'
            printf '%s\t%s\n' --help 'display help'
        case 'models auth order set'
            printf '%s\t%s\n' --provider 'provider id or alias'
            printf '%s\t%s\n' --no-color 'disable colour (also NO_COLOR)'
            printf '%s\t%s\n' --gateway-version 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
            printf '%s\t%s\n' -h 'display help'
            printf '%s\t%s\n' --help 'display help'
        case 'models auth order clear'
            printf '%s\t%s\n' --provider 'provider id or alias'
            printf '%s\t%s\n' --no-color 'disable colour (also NO_COLOR)'
            printf '%s\t%s\n' --gateway-version 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
            printf '%s\t%s\n' -h 'display help'
            printf '%s\t%s\n' --help 'display help'
        case 'completion'
            printf '%s\t%s\n' --shell 'target shell (default from $SHELL)'
            printf '%s\t%s\n' --write-state 'cache the scripts under <state>/completions'
            printf '%s\t%s\n' --install 'add a block that sources the cache to the shell\'s profile'
            printf '%s\t%s\n' --yes 'skip the confirmation'
            printf '%s\t%s\n' --no-color 'disable colour (also NO_COLOR)'
            printf '%s\t%s\n' --gateway-version 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
            printf '%s\t%s\n' -h 'display help'
            printf '%s\t%s\n' --help 'display help'
        case 'secrets'
            printf '%s\t%s\n' --no-color 'disable colour (also NO_COLOR)'
            printf '%s\t%s\n' --gateway-version 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
            printf '%s\t%s\n' -h 'display help'
            printf '%s\t%s\n' --help 'display help'
        case 'secrets resolve'
            printf '%s\t%s\n' --no-color 'disable colour (also NO_COLOR)'
            printf '%s\t%s\n' --gateway-version 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
            printf '%s\t%s\n' -h 'display help'
            printf '%s\t%s\n' --help 'display help'
        case 'secrets migrate'
            printf '%s\t%s\n' --to 'target store'
            printf '%s\t%s\n' --no-color 'disable colour (also NO_COLOR)'
            printf '%s\t%s\n' --gateway-version 'version of the OpenClaw Gateway that reads these files (also OPENCLAW_GATEWAY_VERSION)'
            printf '%s\t%s\n' -h 'display help'
            printf '%s\t%s\n' --help 'display help'
    end
end

function __openclaw_option_values
    switch "$argv[1]|$argv[2]"
        case 'onboard|--auth-choice'
            printf '%s\n' qwen-api-key modelstudio-api-key qwen-api-key-cn modelstudio-api-key-cn qwen-standard-api-key modelstudio-standard-api-key qwen-standard-api-key-cn modelstudio-standard-api-key-cn qwen-token-plan qwen-token-plan-cn qwen-oauth alibaba-model-studio-api-key
        case 'onboard|--secret-input-mode'
            printf '%s\n' plaintext ref
        case 'onboard|--secret-store'
            printf '%s\n' auto keychain file
        case 'onboard|--region'
            printf '%s\n' global cn
        case 'onboard|--model'
            printf '%s\n' @chat-model
        case 'onboard|--video-model'
            printf '%s\n' @video-model
        case 'onboard|--mode'
            printf '%s\n' local
        case 'models|--probe-provider'
            printf '%s\n' qwen modelstudio qwencloud qwen-token-plan bailian-token-plan qwen-oauth qwen-portal qwen-cli alibaba @provider
        case 'models list|--provider'
            printf '%s\n' qwen modelstudio qwencloud qwen-token-plan bailian-token-plan qwen-oauth qwen-portal qwen-cli alibaba @provider
        case 'models status|--probe-provider'
            printf '%s\n' qwen modelstudio qwencloud qwen-token-plan bailian-token-plan qwen-oauth qwen-portal qwen-cli alibaba @provider
        case 'models auth list|--provider'
            printf '%s\n' qwen modelstudio qwencloud qwen-token-plan bailian-token-plan qwen-oauth qwen-portal qwen-cli alibaba @provider
        case 'models auth login|--provider'
            printf '%s\n' qwen modelstudio qwencloud qwen-token-plan bailian-token-plan qwen-oauth qwen-portal qwen-cli alibaba @provider
        case 'models auth login|--auth-choice'
            printf '%s\n' qwen-api-key modelstudio-api-key qwen-api-key-cn modelstudio-api-key-cn qwen-standard-api-key modelstudio-standard-api-key qwen-standard-api-key-cn modelstudio-standard-api-key-cn qwen-token-plan qwen-token-plan-cn qwen-oauth alibaba-model-studio-api-key
        case 'models auth login|--secret-input-mode'
            printf '%s\n' plaintext ref
        case 'models auth login|--secret-store'
            printf '%s\n' auto keychain file
        case 'models auth login|--region'
            printf '%s\n' global cn
        case 'models auth login|--model'
            printf '%s\n' @chat-model
        case 'models auth login|--video-model'
            printf '%s\n' @video-model
        case 'models auth paste-token|--provider'
            printf '%s\n' qwen modelstudio qwencloud qwen-token-plan bailian-token-plan qwen-oauth qwen-portal qwen-cli alibaba @provider
        case 'models auth paste-api-key|--provider'
            printf '%s\n' qwen modelstudio qwencloud qwen-token-plan bailian-token-plan qwen-oauth qwen-portal qwen-cli alibaba @provider
        case 'models auth order get|--provider'
            printf '%s\n' qwen modelstudio qwencloud qwen-token-plan bailian-token-plan qwen-oauth qwen-portal qwen-cli alibaba @provider
        case 'models auth order set|--provider'
            printf '%s\n' qwen modelstudio qwencloud qwen-token-plan bailian-token-plan qwen-oauth qwen-portal qwen-cli alibaba @provider
        case 'models auth order clear|--provider'
            printf '%s\n' qwen modelstudio qwencloud qwen-token-plan bailian-token-plan qwen-oauth qwen-portal qwen-cli alibaba @provider
        case 'completion|--shell'
            printf '%s\n' bash zsh fish powershell
        case 'secrets migrate|--to'
            printf '%s\n' keychain file
    end
end

function __openclaw_arg_values
    switch "$argv[1]"
        case 'models set'
            printf '%s\n' @chat-model
        case 'models set-video'
            printf '%s\n' @video-model
        case 'models auth logout'
            printf '%s\n' @profile
        case 'models auth order set'
            printf '%s\n' @profile
    end
end

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
            printf '%s=%s\n' $flag $v
        else
            printf '%s\n' $v
        end
    end
end

complete -c openclaw -f -a '(__openclaw_complete)'

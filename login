#!/usr/bin/env bash
# Logs in at the authorization server and prints an access token, using the standard authorization
# code flow with PKCE of the public client "eventdesign-cli" (OAuth 2.1 has no password grant), as a
# browser would: the login form, then the code for the token. Needs curl and openssl. Examples:
#   TOKEN=$(./login ada@example.com 'correct horse battery staple')
#   ADMIN=$(./login admin@eventdesign.local "$(cat .dev-data/admin-password)")
# The issuer is http://localhost:9000 unless AUTH_SERVER_URL (or AUTH_SERVER_PORT) says otherwise.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: ./login <e-mail> <password>" >&2
  exit 2
fi
issuer="${AUTH_SERVER_URL:-http://localhost:${AUTH_SERVER_PORT:-9000}}"
redirect="http://127.0.0.1/callback"
jar="$(mktemp)"; trap 'rm -f "$jar"' EXIT
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
verifier="$(openssl rand 32 | b64url)"
challenge="$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | b64url)"
state="$(openssl rand 12 | b64url)"
authorize="$issuer/oauth2/authorize?response_type=code&client_id=eventdesign-cli&scope=openid&state=$state"
authorize="$authorize&redirect_uri=$redirect&code_challenge=$challenge&code_challenge_method=S256"

curl -sf -c "$jar" -b "$jar" -o /dev/null "$authorize"                      # remembers the request, sends to /login
csrf="$(curl -sf -c "$jar" -b "$jar" "$issuer/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)"
next="$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "$issuer/login" \
  --data-urlencode "username=$1" --data-urlencode "password=$2" --data-urlencode "_csrf=$csrf")"
case "$next" in
  *"/login?error"*|"") echo "login refused for $1 (wrong password, locked or pending account)" >&2; exit 1 ;;
esac
callback="$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "$next")"
code="$(printf '%s' "$callback" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')"
if [ -z "$code" ]; then
  echo "no authorization code (redirected to: $callback)" >&2
  exit 1
fi
curl -sf "$issuer/oauth2/token" -d grant_type=authorization_code -d client_id=eventdesign-cli \
  --data-urlencode "code=$code" --data-urlencode "redirect_uri=$redirect" --data-urlencode "code_verifier=$verifier" \
  | sed -n 's/.*"access_token"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p'

# TrendTactics Academy: `make dev` runs the academy, `make test` runs every test.
SHELL := /bin/bash
NODE_BIN := node_modules/.bin

.PHONY: dev dev-idp test install services browser ffmpeg web typecheck bench synth image clean

# The image name the chart (charts/academy-operator/values.yaml) and the samples refer to.
IMAGE ?= trendtactics/academy:$(shell node -p "require('./package.json').version")

# Installs exactly what the lock file says, again only when it changed.
node_modules/.install-stamp: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

install: node_modules/.install-stamp

# The web app (web/): rebuilt only when a source or the lock file is newer than the last build.
WEB_SOURCES := $(shell find web/src web/public -type f 2>/dev/null) web/index.html web/vite.config.ts web/precompress.ts web/tsconfig.json
web/dist/index.html: node_modules/.install-stamp $(WEB_SOURCES)
	$(NODE_BIN)/vite build --config web/vite.config.ts --logLevel warn
	@touch $@

web: web/dist/index.html

## Runs every service (API on :8080, the web app at /) on an embedded database (PGlite under
## .academy/) and in-process Redis adapters, seeded with tenant "demo", its admin and a demo course.
dev: install ffmpeg web
	node bin/academy.js serve --seed

## A development OpenID Connect provider for single sign-on; prints the SSO_* variables to start
## `make dev` with (docs/sso.md). Installs first, as `make dev` does: it may be the first command.
dev-idp: install
	$(NODE_BIN)/tsx scripts/dev-idp.ts

## Every test, against the real PostgreSQL and Redis of this machine (started if down).
test: install services browser ffmpeg web
	@mkdir -p .test-results && rm -f .test-results/academy-errors.log
	$(NODE_BIN)/tsc -p tsconfig.json
	$(NODE_BIN)/tsc -p web/tsconfig.json
	NO_COLOR=1 $(NODE_BIN)/vitest run --reporter=default --reporter=json --outputFile.json=.test-results/vitest.json; \
	  status=$$?; node scripts/test-summary.mjs .test-results/vitest.json; summary=$$?; \
	  if [ $$status -ne 0 ]; then exit $$status; else exit $$summary; fi

services:
	@bash scripts/ensure-services.sh

# The browser tests drive Debian's Chromium (a browser cannot be downloaded by npm here).
browser:
	@bash scripts/ensure-chromium.sh

# Video processing runs Debian's ffmpeg (without it videos play as uploaded).
ffmpeg:
	@bash scripts/ensure-ffmpeg.sh

typecheck: install
	$(NODE_BIN)/tsc -p tsconfig.json
	$(NODE_BIN)/tsc -p web/tsconfig.json

bench: install services
	npm run bench

synth: install
	npm run synth

## The one academy image (needs a Docker engine; none runs on the CI machine: tests/image holds the Dockerfile against the constructs).
image:
	docker build -t $(IMAGE) .

clean:
	rm -rf .academy dist .test-results web/dist tests/artifacts

# TrendTactics Academy: `make dev` runs the academy, `make test` runs every test.
SHELL := /bin/bash
NODE_BIN := node_modules/.bin

.PHONY: dev test install services typecheck bench synth image clean

# The image name the chart (charts/academy-operator/values.yaml) and the samples refer to.
IMAGE ?= trendtactics/academy:$(shell node -p "require('./package.json').version")

# Installs exactly what the lock file says, again only when it changed.
node_modules/.install-stamp: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

install: node_modules/.install-stamp

## Runs every service (API on :8080) on an embedded database (PGlite under .academy/) and
## in-process Redis adapters, seeded with tenant "demo", its admin and a demo course.
dev: install
	node bin/academy.js serve --seed

## Every test, against the real PostgreSQL and Redis of this machine (started if down).
test: install services
	@mkdir -p .test-results
	$(NODE_BIN)/tsc -p tsconfig.json
	NO_COLOR=1 $(NODE_BIN)/vitest run --reporter=default --reporter=json --outputFile.json=.test-results/vitest.json; \
	  status=$$?; node scripts/test-summary.mjs .test-results/vitest.json; summary=$$?; \
	  if [ $$status -ne 0 ]; then exit $$status; else exit $$summary; fi

services:
	@bash scripts/ensure-services.sh

typecheck: install
	$(NODE_BIN)/tsc -p tsconfig.json

bench: install services
	npm run bench

synth: install
	npm run synth

## The one academy image (needs a Docker engine; none runs on the CI machine: tests/image holds the Dockerfile against the constructs).
image:
	docker build -t $(IMAGE) .

clean:
	rm -rf .academy dist .test-results

#!/usr/bin/env bash
# Video processing (poster frame, HLS renditions, duration) runs Debian's ffmpeg/ffprobe; install
# them when missing. Without them the video service still accepts uploads and plays the mp4 as
# uploaded (the asset says so: processing "unavailable").
set -euo pipefail
if ! command -v ffmpeg >/dev/null 2>&1 || ! command -v ffprobe >/dev/null 2>&1; then
  echo "installing ffmpeg (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends ffmpeg >/dev/null
fi
ffmpeg -hide_banner -version | head -n 1

/** Debian's Chromium, which the journeys use instead of a downloaded browser. */
import fs from 'node:fs';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** True when the browser is installed; without it every journey is reported as skipped, never passed. */
export const HAS_CHROMIUM = fs.existsSync(CHROMIUM_PATH);

export const NO_CHROMIUM_MESSAGE = 'Chromium not installed: run apt-get install -y chromium';

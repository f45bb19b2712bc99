import { createApp } from './app.ts';

/** The deployed worker: Google's keys fetched from Google (see auth/keys.ts). */
export default createApp();

import { applyD1Migrations, env } from 'cloudflare:test';

// Runs before each test file: applies the migrations not yet applied to this file's database.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);

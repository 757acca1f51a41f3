// Jest's "postgres" project: every test server of the harness runs on a PostgreSQL database of its own.
process.env.TOJU_TEST_DATABASE = "postgres";

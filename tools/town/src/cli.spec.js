"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const cli_1 = require("./cli");
describe('town CLI arguments', () => {
    it('defaults to size S, seed 1 and DATABASE_URL', () => {
        expect((0, cli_1.parseArguments)([], { DATABASE_URL: 'postgres://localhost/village' })).toEqual({
            size: 'S',
            seed: 1,
            databaseUrl: 'postgres://localhost/village',
            dryRun: false,
        });
    });
    it('reads size, seed, URL and dry run', () => {
        expect((0, cli_1.parseArguments)(['--size', 'l', '--seed', '42', '--database-url', 'postgres://db/town', '--dry-run'], {})).toEqual({
            size: 'L',
            seed: 42,
            databaseUrl: 'postgres://db/town',
            dryRun: true,
        });
    });
    it('needs a database unless it is a dry run', () => {
        expect(() => (0, cli_1.parseArguments)(['--size', 'M'], {})).toThrow(/database-url/);
        expect((0, cli_1.parseArguments)(['--dry-run'], {}).dryRun).toBe(true);
    });
    it('rejects unknown sizes, bad seeds and unknown flags', () => {
        expect(() => (0, cli_1.parseArguments)(['--size', 'XL', '--dry-run'], {})).toThrow(/S, M or L/);
        expect(() => (0, cli_1.parseArguments)(['--seed', '-1', '--dry-run'], {})).toThrow(/whole number/);
        expect(() => (0, cli_1.parseArguments)(['--seed'], {})).toThrow(/needs a value/);
        expect(() => (0, cli_1.parseArguments)(['--verbose'], {})).toThrow(/Unknown argument/);
    });
});

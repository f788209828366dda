import { run } from 'node:test';
import { spec } from 'node:test/reporters';
run({ files: [process.argv[2]], concurrency: 1 }).compose(spec).pipe(process.stdout);

// The server tests' statements on a current ClickHouse release too (make clickhouse-current).
//
// Stands where the single server's address points: every request goes on to Debian's
// clickhouse-server 18.16 (whose answer the test gets), and runs again in chDB, the current
// ClickHouse as a library. A statement chDB refuses, or a SELECT whose rows differ, is
// written to the log; on SIGTERM the log ends with a summary line.
//
// node dualproxy.js PORT UPSTREAM_PORT STATE_DIR LOG   (PORT 0: a free one)
'use strict';
const http = require('http');
const zlib = require('zlib');
const fs = require('fs');
const { Session } = require('chdb');

const [, , listenPort, upstreamPort, stateDir, logFile] = process.argv;
const session = new Session(stateDir);
const version = String(session.query('SELECT version()', 'TSV')).trim();
const counts = { requests: 0, compared: 0, differ: 0, failed: 0 };
const log = (line) => fs.appendFileSync(logFile, line + '\n');
const oneLine = (text, most) => text.slice(0, most).replace(/\n/g, ' | ');
// Settings that only a cluster reads; chDB has none.
const clusterOnly = ['query', 'database', 'enable_http_compression', 'distributed_group_by_no_merge', 'distributed_product_mode'];
const rows = (text) => text.split('\n').filter((line) => line.length > 0).sort().join('\n');

function replay(url, body, upstreamStatus, upstreamAnswer) {
    const inUrl = url.searchParams.get('query');
    const text = inUrl ? inUrl + (body.length ? '\n' + body.toString('utf8') : '') : body.toString('utf8');
    const database = url.searchParams.get('database');
    const settings = [...url.searchParams.entries()].filter(([key]) => !clusterOnly.includes(key));
    const select = /^\s*(SELECT|WITH)\b/i.test(text);
    let sql = text;
    if (select && settings.length > 0 && !/\bSETTINGS\b/.test(text))
        sql += ' SETTINGS ' + settings.map(([key, value]) => key + ' = ' + value).join(', ');
    ++counts.requests;
    let answer;
    try {
        if (database)
            session.query('USE `' + database + '`');
        answer = String(session.query(sql, 'TSV'));
    } catch (error) {
        if (upstreamStatus !== 200)
            return; // refused by both (a test of a refusal)
        ++counts.failed;
        log('FAILED on ' + version + ': ' + oneLine(error.message, 400) + '\n  SQL: ' + oneLine(text, 800));
        return;
    }
    if (!select || upstreamStatus !== 200 || /\bsystem\./.test(text))
        return; // statements, refusals and the servers' own tables are not compared
    ++counts.compared;
    const expected = rows(upstreamAnswer.toString('utf8'));
    const actual = rows(answer);
    if (expected === actual)
        return;
    ++counts.differ;
    log('DIFFER on ' + version + ': ' + oneLine(text, 400) + '\n  18.16: ' + oneLine(expected, 400) + '\n  ' + version + ': '
        + oneLine(actual, 400));
}

const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
        const raw = Buffer.concat(chunks);
        const url = new URL(request.url, 'http://localhost');
        const headers = { ...request.headers, host: '127.0.0.1:' + upstreamPort };
        delete headers['accept-encoding']; // a plain answer, to compare
        const upstream = http.request({ host: '127.0.0.1', port: upstreamPort, method: request.method, path: request.url, headers },
            (reply) => {
                const parts = [];
                reply.on('data', (part) => parts.push(part));
                reply.on('end', () => {
                    const answer = Buffer.concat(parts);
                    response.writeHead(reply.statusCode, { 'content-type': reply.headers['content-type'] || 'text/plain' });
                    response.end(answer);
                    const body = request.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw;
                    replay(url, body, reply.statusCode, answer);
                });
            });
        upstream.on('error', (error) => {
            response.writeHead(502);
            response.end(String(error));
        });
        upstream.end(raw);
    });
});
// Port 0: a free one, printed for run.sh.
server.listen(Number(listenPort), '127.0.0.1', () => console.log(`dualproxy: ${version} beside 18.16 on port ${server.address().port}`));

process.on('SIGTERM', () => {
    log(`SUMMARY ${version}: ${counts.requests} statements, ${counts.compared} SELECT answers compared, `
        + `${counts.differ} differ, ${counts.failed} refused by ${version} only`);
    process.exit(0);
});

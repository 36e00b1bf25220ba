#!/usr/bin/env node
// Checks LeaseLink's psu/ scripts against the C++ client and the lab (issue 9).
//
//   node check_psu_scripts.js <check> <source-dir> <node-modules-dir>
//
// checks: parse    both scripts (and the shared helpers inside the endpoint script's
//                  here-string) parse with the tree-sitter PowerShell grammar, no error nodes;
//         routes   every New-PSUEndpoint (url, method) equals the client's route table and the
//                  lab's 2.x table, both directions, with reader/writer roles per endpoint;
//         texts    the contract's error texts, IPv4 fields and error answers are there;
//         version  $PSU_SCRIPT_VERSION equals PsuScriptVersion::Shipped.
// Exits 1 with one line per problem; prints what it compared so a pass is visible.
'use strict';

const fs = require('fs');
const path = require('path');

const [check, sourceDir, modulesDir] = process.argv.slice(2);
if (!check || !sourceDir || !modulesDir) {
    console.error('usage: check_psu_scripts.js parse|routes|texts|version <source-dir> <node-modules-dir>');
    process.exit(2);
}
const read = (rel) => fs.readFileSync(path.join(sourceDir, rel), 'utf8');
const ENDPOINTS = 'psu/dhcp_api_endpoints.ps1';
const SETUP = 'psu/setup_roles.ps1';
const problems = [];
const fail = (text) => problems.push(text);

// LeaseLink leaves these out of its script on purpose (decisions.md C-06): it never deletes a
// scope on a server. The lab still serves them for upstream's 2.x script.
const OMITTED_BY_DESIGN = new Set(['DELETE /api/dhcp/scopes/:param']);

async function loadParser() {
    const entry = require.resolve('web-tree-sitter', { paths: [path.dirname(modulesDir)] });
    const { Parser, Language } = require(entry);
    await Parser.init();
    const wasm = path.join(modulesDir, 'tree-sitter-powershell', 'tree-sitter-powershell.wasm');
    const parser = new Parser();
    parser.setLanguage(await Language.load(wasm));
    return parser;
}

function* walk(node) {
    yield node;
    for (const child of node.children) yield* walk(child);
}

function syntaxErrors(tree, label) {
    const errors = [];
    for (const node of walk(tree.rootNode)) {
        if (node.type === 'ERROR' || node.isMissing) {
            const where = `${label}:${node.startPosition.row + 1}:${node.startPosition.column + 1}`;
            errors.push(`${where}: syntax error near '${node.text.slice(0, 40).replace(/\s+/g, ' ')}'`);
        }
    }
    if (tree.rootNode.hasError && errors.length === 0) errors.push(`${label}: parse error`);
    return errors;
}

function unquote(text) {
    const t = text.trim();
    if ((t.startsWith("'") && t.endsWith("'")) || (t.startsWith('"') && t.endsWith('"'))) return t.slice(1, -1);
    return t;
}

// The shared helpers live in a verbatim here-string, which the grammar treats as text: parse
// its content too, as PSU will when it builds each endpoint's script block.
function helperSource(tree) {
    for (const node of walk(tree.rootNode)) {
        if (node.type === 'assignment_expression' && node.text.startsWith('$LeaseLinkHelpers')) {
            const chars = [...walk(node)].find((n) => n.type === 'verbatim_here_string_characters');
            // The node's text still carries the @' and '@ delimiters: strip them, or the
            // content would parse as one string again and hide every error in it.
            if (chars) return { text: chars.text.replace(/^@'\r?\n/, '').replace(/\r?\n'@$/, ''), row: chars.startPosition.row + 1 };
        }
    }
    return null;
}

// Every New-PSUEndpoint call: { url, method, roles, line }.
function scriptEndpoints(tree) {
    const endpoints = [];
    for (const node of walk(tree.rootNode)) {
        if (node.type !== 'command') continue;
        const name = node.childForFieldName('command_name');
        if (!name || name.text.toLowerCase() !== 'new-psuendpoint') continue;
        const elements = node.childForFieldName('command_elements');
        const args = {};
        let pending = null;
        for (const child of elements ? elements.children : []) {
            if (child.type === 'command_argument_sep') continue;
            if (child.type === 'command_parameter') {
                pending = child.text.replace(/^-/, '').replace(/:$/, '').toLowerCase();
                args[pending] = true;
                continue;
            }
            if (pending) args[pending] = child.text;
            pending = null;
        }
        const line = node.startPosition.row + 1;
        if (typeof args.url !== 'string' || typeof args.method !== 'string') {
            fail(`${ENDPOINTS}:${line}: New-PSUEndpoint without a literal -Url and -Method`);
            continue;
        }
        const roles = typeof args.role === 'string' ? [...args.role.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] || m[2]) : [];
        endpoints.push({ url: unquote(args.url), method: unquote(args.method).toUpperCase(), roles, line, authentication: args.authentication === true, body: typeof args.endpoint === 'string' ? args.endpoint : '' });
    }
    return endpoints;
}

const normalise = (method, url) => `${method} ${url.replace(/:\w+/g, ':param')}`;

// Client routes from core/net/psu/PsuClient.cpp. Each way the file builds a request is matched;
// a request built any other way fails the check instead of being silently skipped.
function clientRoutes() {
    const cpp = read('core/net/psu/PsuClient.cpp');
    const header = read('core/net/psu/PsuClient.h');
    const routes = new Set();
    const rel = (p, param) => '/api/dhcp' + p + (param ? ':param' : '');
    let found = 0;
    for (const m of cpp.matchAll(/HttpRequest::get\(\s*QStringLiteral\("([^"]+)"\)\s*(%)?/g)) {
        routes.add(normalise('GET', rel(m[1], m[2])));
        found++;
    }
    for (const m of cpp.matchAll(/HttpRequest::withJson\(\s*(?:"([A-Z]+)"|(\w+))\s*,\s*QStringLiteral\("([^"]+)"\)\s*(%)?/g)) {
        found++;
        if (m[1]) {
            routes.add(normalise(m[1], rel(m[3], m[4])));
            continue;
        }
        // A method passed in (bulk reservations): the header documents which ones, e.g.
        // "// POST/PUT/DELETE /reservations with a list".
        const doc = header.match(new RegExp(`//\\s*((?:[A-Z]+/)*[A-Z]+)\\s+${m[3].replace(/\//g, '\\/')}\\s+with a list`));
        if (!doc) {
            fail(`PsuClient.cpp: request to ${m[3]} with method '${m[2]}' whose methods PsuClient.h does not document`);
            continue;
        }
        for (const method of doc[1].split('/')) routes.add(normalise(method, rel(m[3], m[4])));
    }
    for (const m of cpp.matchAll(/request\.method\s*=\s*"([A-Z]+)";\s*request\.path\s*=\s*QStringLiteral\("([^"]+)"\)\s*(%)?/g)) {
        routes.add(normalise(m[1], rel(m[2], m[3])));
        found++;
    }
    const built = (cpp.match(/HttpRequest::get\(|HttpRequest::withJson\(|request\.path\s*=/g) || []).length;
    if (built !== found) fail(`PsuClient.cpp builds ${built} requests but only ${found} were understood: teach check_psu_scripts.js the new form`);
    if (routes.size < 10) fail(`PsuClient.cpp: only ${routes.size} routes found, the extraction is broken`);
    return routes;
}

// Lab routes from lab/psu/PsuSim.cpp (PsuSim::dhcp's dispatch). Returns the routes a 2.x lab
// serves and the ones only the 1.x script has.
function labRoutes() {
    const cpp = read('lab/psu/PsuSim.cpp');
    const start = cpp.indexOf('LabResponse PsuSim::dhcp(');
    const body = start >= 0 ? cpp.slice(start, cpp.indexOf('\n}\n', start)) : '';
    if (!body) fail('lab/psu/PsuSim.cpp: PsuSim::dhcp not found');
    const v2 = new Set();
    const v1Only = new Set();
    let branches = 0;
    for (const m of body.matchAll(/if \((n == (\d) && first == u"(\w+)"[^{]*)\) \{/g)) {
        branches++;
        const condition = m[1];
        const segments = [m[3]];
        for (let i = 1; i < Number(m[2]); i++) {
            const literal = condition.match(new RegExp(`s\\[${i}\\] == u"(\\w+)"`));
            segments.push(literal ? literal[1] : ':param');
        }
        const methods = [...condition.matchAll(/m == "([A-Z]+)"/g)].map((x) => x[1]);
        if (methods.length === 0) fail(`PsuSim::dhcp: no method in '${condition}'`);
        for (const method of methods) {
            const route = normalise(method, '/api/dhcp/' + segments.join('/'));
            if (/&& !v2\b/.test(condition)) v1Only.add(route);
            else v2.add(route);
        }
    }
    const handlers = (body.match(/\bhandler = /g) || []).length;
    if (handlers !== branches) fail(`PsuSim::dhcp has ${handlers} handlers but ${branches} understood branches: teach check_psu_scripts.js the new form`);
    return { v2, v1Only };
}

function compare(label, expected, actual) {
    for (const route of expected) if (!actual.has(route)) fail(`${label}: '${route}' is missing from ${ENDPOINTS}`);
    for (const route of actual) if (!expected.has(route)) fail(`${label}: ${ENDPOINTS} defines '${route}', which ${label} does not have`);
}

function checkRoutes(tree) {
    const endpoints = scriptEndpoints(tree);
    const script = new Set();
    for (const e of endpoints) {
        const route = normalise(e.method, e.url);
        if (script.has(route)) fail(`${ENDPOINTS}:${e.line}: '${route}' defined twice`);
        script.add(route);
        // Reader and writer roles on every endpoint: GETs for both, everything else writer only.
        const wanted = e.method === 'GET' ? ['DHCPReader', 'DHCPWriter'] : ['DHCPWriter'];
        if (e.roles.slice().sort().join(',') !== wanted.join(',')) {
            fail(`${ENDPOINTS}:${e.line}: ${route} has roles [${e.roles}], expected [${wanted}]`);
        }
        if (!e.authentication) fail(`${ENDPOINTS}:${e.line}: ${route} lacks -Authentication`);
    }
    const client = clientRoutes();
    const lab = labRoutes();
    // The client still speaks to 1.x scripts; the routes only 1.x has (the lab marks them !v2)
    // are not part of the 2.0.1 contract LeaseLink ships.
    const clientV2 = new Set([...client].filter((r) => !lab.v1Only.has(r)));
    for (const r of OMITTED_BY_DESIGN) {
        if (client.has(r)) fail(`'${r}' is left out of the script but the client calls it`);
        if (!lab.v2.has(r)) fail(`'${r}' is listed as left out but the lab does not serve it either: update OMITTED_BY_DESIGN`);
    }
    const labV2 = new Set([...lab.v2].filter((r) => !OMITTED_BY_DESIGN.has(r)));
    compare('the client (core/net/psu/PsuClient.cpp)', clientV2, script);
    compare('the lab (lab/psu/PsuSim.cpp, 2.x)', labV2, script);
    console.log(`script: ${script.size} endpoints; client: ${client.size} routes (${client.size - clientV2.size} 1.x-only); lab 2.x: ${lab.v2.size} routes`);
    console.log(`left out by design (C-06): ${[...OMITTED_BY_DESIGN].join(', ')}; 1.x-only: ${[...lab.v1Only].join(', ')}`);
}

// The contract's error texts (psu-api.md §3, upstream-v2.md §2.1) appear verbatim, IPv4 checks
// name only the contract's fields, and every endpoint but health turns a failure into an
// error answer instead of an empty or partial list.
const CONTRACT_TEXTS = [
    "'{0}' must be a valid IPv4 address.",
    'scope_id, start_ip, end_ip, and subnet_mask are required.',
    'scope_id, ip_address, and client_id are required.',
    'name, secondary_server, and scope_ids are required.',
    'scope_id, start_ip, and end_ip are required.',
    'scope_ids is required and must be a non-empty array.',
    "'state' must be Active or InActive.",
    'Body must be a JSON list of items.',
    'Body is not valid JSON.',
    'Scope not found.',
    'client_id is required.',
    'No reservation at {0} in scope {1}.',
];
const IPV4_FIELDS = new Set(['scope_id', 'start_ip', 'end_ip', 'subnet_mask', 'router', 'ip_address', 'scope_ids']);

function checkTexts(tree, source) {
    for (const text of CONTRACT_TEXTS) if (!source.includes(text)) fail(`${ENDPOINTS}: the contract text "${text}" is missing`);
    // Fields checked one by one ("Assert-LLIPv4 'router' ...") or in a loop
    // ("foreach ($field in 'start_ip', 'end_ip') { ... Assert-LLIPv4 $field ...").
    const fields = [...source.matchAll(/Assert-LLIPv4\s+'(\w+)'/g)].map((m) => m[1]);
    for (const m of source.matchAll(/foreach \(\$field in ([^)]*)\) \{[^}]*Assert-LLIPv4 \$field/g)) {
        fields.push(...[...m[1].matchAll(/'(\w+)'/g)].map((x) => x[1]));
    }
    for (const field of fields) if (!IPV4_FIELDS.has(field)) fail(`${ENDPOINTS}: IPv4 check on '${field}', which the contract does not name`);
    for (const field of IPV4_FIELDS) if (!fields.includes(field)) fail(`${ENDPOINTS}: no IPv4 check on '${field}'`);
    for (const e of scriptEndpoints(tree)) {
        if (e.url.endsWith('/health')) continue;
        if (!/\bcatch\s*\{\s*Send-LLFailure \$_/.test(e.body)) fail(`${ENDPOINTS}:${e.line}: ${e.method} ${e.url} does not answer its failures with Send-LLFailure`);
    }
    if (!/New-PSUApiResponse -StatusCode \$Status -Body \$json/.test(source)) fail(`${ENDPOINTS}: Send-LLJson no longer answers through New-PSUApiResponse`);
    if (problems.length === 0) console.log(`${CONTRACT_TEXTS.length} contract texts, ${fields.length} IPv4 checks, error handling on every endpoint`);
}

function checkVersion(source) {
    const header = read('core/net/psu/PsuScriptVersion.h');
    const shipped = header.match(/Shipped\s*=\s*"([^"]+)"/);
    const script = [...source.matchAll(/^\s*\$PSU_SCRIPT_VERSION\s*=\s*'([^']+)'/gm)];
    if (!shipped) fail('PsuScriptVersion.h: no Shipped = "x.y.z"');
    if (script.length !== 1) fail(`${ENDPOINTS}: expected exactly one $PSU_SCRIPT_VERSION = 'x.y.z', found ${script.length}`);
    if (shipped && script.length === 1) {
        if (shipped[1] !== script[0][1]) fail(`${ENDPOINTS} is version ${script[0][1]} but the client ships ${shipped[1]}`);
        else console.log(`script version ${script[0][1]} == PsuScriptVersion::Shipped`);
    }
    if (!/version\s*=\s*\$PSU_SCRIPT_VERSION/.test(source)) fail(`${ENDPOINTS}: GET /health does not return $PSU_SCRIPT_VERSION`);
}

(async () => {
    const parser = await loadParser();
    const source = read(ENDPOINTS);
    const tree = parser.parse(source);
    if (check === 'parse') {
        problems.push(...syntaxErrors(tree, ENDPOINTS));
        const helpers = helperSource(tree);
        if (!helpers) fail(`${ENDPOINTS}: the $LeaseLinkHelpers here-string was not found`);
        else {
            const helperTree = parser.parse(helpers.text);
            problems.push(...syntaxErrors(helperTree, `${ENDPOINTS} (helpers, line offset ${helpers.row})`));
            const functions = [...walk(helperTree.rootNode)].filter((n) => n.type === 'function_statement').length;
            if (functions < 10) fail(`${ENDPOINTS}: only ${functions} helper functions parsed from $LeaseLinkHelpers; the extraction is broken`);
            else console.log(`helpers: ${functions} functions parsed`);
        }
        problems.push(...syntaxErrors(parser.parse(read(SETUP)), SETUP));
        // PowerShell 5.1 compatibility: constructs only PowerShell 7 understands.
        for (const [rel, text] of [[ENDPOINTS, source], [SETUP, read(SETUP)]]) {
            text.split('\n').forEach((line, i) => {
                const code = line.replace(/#.*$/, '');
                if (/\?\?|\?\.|-Parallel\b|-AsHashtable\b|\s\?\s.*\s:\s/.test(code)) fail(`${rel}:${i + 1}: PowerShell 7-only syntax`);
            });
        }
        if (problems.length === 0) console.log('both scripts parse');
    } else if (check === 'routes') {
        checkRoutes(tree);
    } else if (check === 'texts') {
        checkTexts(tree, source);
    } else if (check === 'version') {
        checkVersion(source);
    } else {
        fail(`unknown check '${check}'`);
    }
    if (problems.length) {
        for (const p of problems) console.error('FAIL ' + p);
        process.exit(1);
    }
})().catch((e) => {
    console.error('FAIL ' + (e && e.stack ? e.stack : e));
    process.exit(1);
});
